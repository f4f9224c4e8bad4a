// Starts PGlite for the postgres-features suite. A fresh PGlite runs initdb, which takes seconds
// (many more on a busy machine). The first start in a grading run saves the freshly initialised
// data directory in the run's temp folder; later starts, including one waiting in a parallel
// worker, load that copy instead: the same empty cluster, in a fraction of the time. A run outside
// a sandbox also keeps it under node_modules/.cache/roadmap/ for later runs, which only read it;
// `pnpm cohort grade` builds it as it starts grading (see _prepare.ts), and a worker that comes to
// this suite first waits for it rather than running initdb as well.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';

// Loaded when needed: a set-up step that finds the kept cluster whole never loads PGlite.
const pglite = async () => (await import('@electric-sql/pglite')).PGlite;

const dumpName = `roadmap-pglite-${process.versions.node}-0.5.16.tgz`;
const cache = path.join(os.tmpdir(), dumpName);
const lock = `${cache}.lock`;
// Kept beside the installed packages as well, for the runs after this one. A sandboxed worker of
// a cohort sees it read-only and cannot write it: only an unconfined grade (of your own code) can.
const kept = path.join(fileURLToPath(new URL('../../../node_modules/.cache/roadmap/', import.meta.url)), dumpName);

async function load(file: string): Promise<PGlite | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    const pg = new (await pglite())({ loadDataDir: new Blob([readFileSync(file)]) });
    await pg.waitReady;
    return pg;
  } catch {
    try {
      rmSync(file, { force: true }); // unreadable copy: start from scratch
    } catch {
      // read-only here (a sandboxed worker)
    }
    return undefined;
  }
}

const fromCache = async (): Promise<PGlite | undefined> => (await load(cache)) ?? (await load(kept));

function write(dump: Buffer, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}`;
  try {
    writeFileSync(tmp, dump);
    renameSync(tmp, file); // atomic: a reader sees the whole file or none
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function publish(dump: Buffer, file: string): void {
  try {
    write(dump, file);
  } catch {
    // No copy there this time; the suite works the same.
  }
}

const dumpOf = async (pg: PGlite) => Buffer.from(await (await pg.dumpDataDir('gzip')).arrayBuffer());

// Held by the set-up step while it builds the kept cluster: a worker that finds it (fresh) waits
// for the cluster instead of running initdb too. Older than this, it was left by a killed step.
const building = `${kept}.building`;
const BUILD_MS = 120_000;

/**
 * Makes sure the kept cluster is there and whole (its gzip checksum holds), running initdb once
 * if it is not. Throws when it cannot be written. Returns the file, and whether it was built.
 */
export async function keepCluster(): Promise<{ file: string; built: boolean }> {
  try {
    gunzipSync(readFileSync(kept));
    return { file: kept, built: false };
  } catch {
    // missing or damaged: build it
  }
  mkdirSync(path.dirname(kept), { recursive: true });
  writeFileSync(building, String(process.pid));
  try {
    const pg = new (await pglite())();
    try {
      await pg.waitReady;
      write(await dumpOf(pg), kept);
    } finally {
      await pg.close();
    }
  } finally {
    rmSync(building, { force: true });
  }
  return { file: kept, built: true };
}

/**
 * While the set-up step is building the kept cluster, waits for it (up to 25 s, leaving time in
 * the suite's 40 s to run initdb after all); undefined if it does not come.
 */
async function awaitKept(): Promise<PGlite | undefined> {
  const until = Date.now() + 25_000;
  const fresh = () => {
    try {
      return Date.now() - statSync(building).mtimeMs < BUILD_MS;
    } catch {
      return false; // no step is building it
    }
  };
  while (!existsSync(kept) && fresh() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
  return load(kept);
}

/** Takes the lock, or waits (up to 60 s) for whoever holds it to publish the cache. */
async function lockOrWait(): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < 60_000; ) {
    try {
      closeSync(openSync(lock, 'wx'));
      return true;
    } catch {
      if (existsSync(cache)) return false;
      // A lock older than a minute belongs to a worker that died: take it over.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 60_000) rmSync(lock, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return false;
}

export async function startPg(): Promise<PGlite> {
  const cached = (await fromCache()) ?? (await awaitKept());
  if (cached) return cached;
  const owner = await lockOrWait();
  if (!owner) {
    const waited = await fromCache();
    if (waited) return waited;
  }
  try {
    const pg = new (await pglite())();
    await pg.waitReady;
    try {
      const dump = await dumpOf(pg);
      publish(dump, cache);
      publish(dump, kept);
    } catch {
      // No cache this time; the suite works the same.
    }
    return pg;
  } finally {
    if (owner) rmSync(lock, { force: true });
  }
}
