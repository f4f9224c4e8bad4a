// Starts PGlite for the postgres-features suite. A fresh PGlite runs initdb, which takes seconds;
// the first start in a grading run saves the freshly initialised data directory in the run's temp
// folder, and later starts load that copy instead (same empty cluster, a fraction of the time).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const cache = path.join(os.tmpdir(), `roadmap-pglite-${process.versions.node}-0.5.16.tgz`);

export async function startPg(): Promise<PGlite> {
  if (existsSync(cache)) {
    try {
      const pg = new PGlite({ loadDataDir: new Blob([readFileSync(cache)]) });
      await pg.waitReady;
      return pg;
    } catch {
      rmSync(cache, { force: true }); // unreadable copy: start from scratch below
    }
  }
  const pg = new PGlite();
  await pg.waitReady;
  try {
    const dump = Buffer.from(await (await pg.dumpDataDir('gzip')).arrayBuffer());
    const tmp = `${cache}.${process.pid}`;
    writeFileSync(tmp, dump);
    renameSync(tmp, cache); // atomic: a parallel reader sees the whole file or none
  } catch {
    // No cache this time; the suite works the same.
  }
  return pg;
}
