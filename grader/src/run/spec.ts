import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One hidden suite graded against one implementation tree. */
export interface RunEntry {
  stage: string;
  exercise: string;
  /** Absolute path of the hidden suite. */
  suite: string;
  /** Absolute path of the folder that holds the stage folders (`<copy>/exercises`). */
  implRoot: string;
  /** Files that replace `<implRoot>/<stage>/src/<exercise>.ts`, keyed `stage/exercise`. */
  overrides?: Record<string, string>;
  /** Imports the suite resolves under `from` are read from `to` instead (visible tests, solutions). */
  redirect?: { from: string; to: string };
  /** This entry's time budget per test, in place of the run's (a second chance for a slow one). */
  budgetMs?: number;
}

export interface Budgets {
  /** Longest a single test (or a file's import) may run before its worker is killed. */
  testMs: number;
  /** Wall clock for the whole run; past it every unfinished file is a timeout. */
  runMs: number;
  /** Heap cap of each worker, in MiB. */
  heapMb: number;
  /** Bytes of worker output kept; the rest is dropped. */
  outputBytes: number;
}

export interface RunSpec {
  /** The grader's own workspace: dependencies and hidden suites come from here. */
  workspace: string;
  entries: RunEntry[];
  /** Scratch folder for wrappers, results and the run's TMPDIR. */
  scratch: string;
  budgets: Budgets;
  /** Parallel workers. @default 2 */
  workers?: number;
  /**
   * Ranges `[first, last]` of entries run together in one test file (one worker start instead of
   * one per entry). Every other entry gets a file of its own.
   */
  batches?: [number, number][];
  /**
   * Trust each test worker with one submission only: its requests of this process are confined
   * to its own files and tests, and with `bwrap` it runs in a sandbox of its own that sees only
   * that submission. `hide` lists what no worker may see.
   */
  isolate?: { hide: string[]; bwrap: boolean };
}

export const defaultBudgets: Budgets = { testMs: 10_000, runMs: 300_000, heapMb: 512, outputBytes: 1 << 20 };

/** One line of the results file the reporter writes as tests end. */
export type ResultLine =
  | { kind: 'test'; entry: number; name: string; state: 'passed' | 'failed' | 'skipped'; ms: number; todo: boolean; message?: string; location?: string }
  | { kind: 'module'; entry: number; state: string; errors: string[] }
  | { kind: 'watchdog'; entry: number; label: string; budgetMs: number }
  | { kind: 'end'; reason: string; errors: string[] };

/** The generated test file of entry `index`: `<scratch>/w/<index>/<stage>/<exercise>.test.ts`. */
export const wrapperFile = (scratch: string, entry: RunEntry, index: number): string =>
  path.join(scratch, 'w', String(index), entry.stage, `${entry.exercise}.test.ts`);

/** The generated test file of a batch: `<scratch>/w/<first>-<last>/<stage>.test.ts`. */
export const batchFile = (scratch: string, stage: string, [first, last]: [number, number]): string =>
  path.join(scratch, 'w', `${first}-${last}`, `${stage}.test.ts`);

/** The entries a generated test file runs, from its path: `[first, last]`, or `[-1, -1]`. */
export const entriesOfFile = (file: string): [number, number] => {
  const m = /[\\/]w[\\/](\d+)(?:-(\d+))?[\\/]/.exec(file);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : [-1, -1];
};

/**
 * The test files of a run: one per batch, one per entry outside the batches, in the entries'
 * order (the order they start in). `batches` index
 * `entries`, whose first one is entry number `first` of the process.
 */
export function testFiles(scratch: string, entries: RunEntry[], batches: [number, number][] = [], first = 0): string[] {
  // In the entries' order: the run starts the files in this order.
  const files: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const batch = batches.find(([a, b]) => i >= a && i <= b);
    if (!batch) files.push(wrapperFile(scratch, entries[i]!, first + i));
    else if (batch[0] === i) files.push(batchFile(scratch, entries[i]!.stage, [first + batch[0], first + batch[1]]));
  }
  return files;
}

/** The top-level describe a batch puts around each entry's suite; tests carry it in their name. */
export const batchMarker = (index: number) => `⟦${index}⟧`;
export const batchMarkerPattern = /^⟦(\d+)⟧$/;

/** The time budget a suite asks for (`// @grader-budget-ms 30000`), if any. */
export const suiteBudgetMs = (suite: string): number | undefined => {
  const m = /@grader-budget-ms\s+(\d+)/.exec(readFileSync(suite, 'utf8'));
  return m ? Number(m[1]) : undefined;
};
