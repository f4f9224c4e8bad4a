import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchFile, batchMarker, entriesOfFile, type ResultLine, type RunEntry, type RunSpec, suiteBudgetMs, wrapperFile } from './spec.ts';

const runnerEntry = fileURLToPath(new URL('./runner-entry.mjs', import.meta.url));

export interface RawRun {
  lines: ResultLine[];
  /** The outer wall clock ended the run before every file finished. */
  wallClockHit: boolean;
  exitCode: number | null;
  /** The last few KiB of what the run printed, for diagnosing a crashed runner. */
  outputTail: string;
}

/** A scratch folder for one run, removed by `dispose`. */
export function makeScratch(prefix = 'roadmap-grade-'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A started grading process: its own process group, its output capped to a tail. */
export interface RunnerProcess {
  child: ChildProcess;
  /** The last few KiB of what it printed, for diagnosing a crashed runner. */
  tail(): string;
  /** Kills the process and everything it started (workers a learner's code left behind). */
  killGroup(): void;
}

/** Starts `runner-main.ts` on a spec written to its scratch folder, wrappers included. */
export function startRunner(spec: RunSpec, opts: { wrap?: (argv: string[]) => string[]; warm?: boolean } = {}): RunnerProcess {
  mkdirSync(spec.scratch, { recursive: true });
  const tmp = path.join(spec.scratch, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const specFile = path.join(spec.scratch, 'spec.json');
  writeFileSync(specFile, JSON.stringify(spec));
  mkdirSync(path.join(spec.scratch, 'w'), { recursive: true }); // a sandbox binds it read-only, even empty
  writeWrappers(spec.scratch, spec.entries);
  writeBatches(spec.scratch, spec.entries, spec.batches ?? []);
  mkdirSync(path.join(spec.scratch, 'watchdog'), { recursive: true });
  const argv = [process.execPath, runnerEntry, specFile, ...(opts.warm ? ['--warm'] : [])];
  const [cmd, ...args] = opts.wrap ? opts.wrap(argv) : argv;
  const child = spawn(cmd!, args, {
    cwd: spec.workspace,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', FORCE_COLOR: '0', VITEST: undefined, NODE_OPTIONS: undefined },
  });
  let tail = '';
  let kept = 0;
  const keep = (chunk: Buffer) => {
    kept += chunk.length;
    if (kept <= spec.budgets.outputBytes) tail = (tail + chunk.toString('utf8')).slice(-8192);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  return { child, tail: () => tail, killGroup };
}

/**
 * Runs one grading process over the spec's entries in its own process group, with a wall clock
 * that kills the whole group, and output capped; returns every result line it wrote.
 */
export async function supervise(spec: RunSpec, opts: { wrap?: (argv: string[]) => string[] } = {}): Promise<RawRun> {
  const { child, tail, killGroup } = startRunner(spec, opts);
  const lines: ResultLine[] = [];
  child.on('message', (m: { roadmapResult?: ResultLine }) => {
    if (m && typeof m === 'object' && m.roadmapResult) lines.push(m.roadmapResult);
  });
  let wallClockHit = false;
  const timer = setTimeout(() => {
    wallClockHit = true;
    killGroup();
  }, spec.budgets.runMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearTimeout(timer);
  killGroup(); // workers a learner's code left behind
  const resultsFile = path.join(spec.scratch, 'results.ndjson');
  if (lines.length === 0 && existsSync(resultsFile)) {
    for (const line of readFileSync(resultsFile, 'utf8').split('\n')) {
      if (!line) continue;
      try {
        lines.push(JSON.parse(line) as ResultLine);
      } catch {
        // a line cut by a kill: the entry it belonged to is reported unfinished
      }
    }
  }
  lines.push(...readWatchdogRecords(path.join(spec.scratch, 'watchdog')));
  return { lines, wallClockHit, exitCode, outputTail: tail() };
}

/**
 * What each worker's watchdog wrote before it killed its worker. A sandboxed worker writes in a
 * folder of its own named for its entries (`<first>-<last>/`), and is believed for those alone.
 */
export function readWatchdogRecords(dir: string, range: [number, number] = [0, Number.MAX_SAFE_INTEGER]): ResultLine[] {
  if (!existsSync(dir)) return [];
  const lines: ResultLine[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const own = /^(\d+)-(\d+)$/.exec(item.name);
    if (item.isDirectory()) {
      if (own) lines.push(...readWatchdogRecords(path.join(dir, item.name), [Math.max(range[0], Number(own[1])), Math.min(range[1], Number(own[2]))]));
      continue;
    }
    try {
      const rec = JSON.parse(readFileSync(path.join(dir, item.name), 'utf8')) as { file: string; label: string; budgetMs: number };
      const [first, last] = entriesOfFile(String(rec.file));
      for (let entry = Math.max(first, range[0]); entry <= Math.min(last, range[1]); entry++) lines.push({ kind: 'watchdog', entry, label: String(rec.label), budgetMs: Number(rec.budgetMs) });
    } catch {
      // cut short by the kill itself: nothing to credit
    }
  }
  return lines;
}

/**
 * One wrapper test file per entry, numbered from `first`: `<scratch>/w/<index>/<stage>/<exercise>.test.ts`
 * imports its suite with `?e=<index>` so the resolver knows which tree it grades. Written before the run
 * starts: a sandboxed run sees them read-only.
 */
export function writeWrappers(scratch: string, entries: RunEntry[], first = 0): void {
  entries.forEach((e, i) => {
    const file = wrapperFile(scratch, e, first + i);
    mkdirSync(path.dirname(file), { recursive: true });
    const budget = e.budgetMs ?? suiteBudgetMs(e.suite);
    writeFileSync(file, `${budget ? `// budget-ms: ${budget}\n` : ''}import ${JSON.stringify(`${e.suite}?e=${first + i}`)};\n`);
  });
}

/**
 * Each batch's test file: every suite of the batch imported inside a describe named for its entry.
 * `batches` index `entries`, whose first one is entry number `first` of the run.
 */
export function writeBatches(scratch: string, entries: RunEntry[], batches: [number, number][], first = 0): void {
  for (const [a, b] of batches) {
    const file = batchFile(scratch, entries[a]!.stage, [first + a, first + b]);
    mkdirSync(path.dirname(file), { recursive: true });
    const parts = ["import { describe } from 'vitest';"];
    for (let i = a; i <= b; i++) {
      parts.push(`describe(${JSON.stringify(batchMarker(first + i))}, async () => {\n  await import(${JSON.stringify(`${entries[i]!.suite}?e=${first + i}`)});\n});`);
    }
    writeFileSync(file, `${parts.join('\n')}\n`);
  }
}
