import { classify, type ExerciseOutcome } from './classify.ts';
import { type Budgets, defaultBudgets, type RunEntry, type RunSpec, suiteBudgetMs } from './spec.ts';
import { makeScratch, supervise } from './supervise.ts';
import { WarmRunner } from './warm-runner.ts';

export interface GradeOptions {
  budgets?: Partial<Budgets>;
  workers?: number;
  /** Keep the scratch folder (wrappers, raw results) for debugging. */
  keepScratch?: boolean;
  /**
   * Run the suites of one stage and tree together in one test file, which starts one worker for
   * them instead of one each; then grade some of them again, one file each:
   * - `crashed`: every exercise of a batch that had an error or a timeout, so a crash is blamed
   *   on its exercise alone (a learner's own code);
   * - `not-passed`: every exercise that did not pass. Code can do nothing to another exercise
   *   of its batch that it could not do to its own tests in a file of its own, except make them
   *   fail; so a pass in a batch is as sound as one alone (untrusted code).
   */
  batch?: 'crashed' | 'not-passed';
  /** Grade in this kept-alive process (left running) instead of starting one. */
  runner?: WarmRunner;
  /** A time budget per test for these entries, in place of the runner's (a second chance). */
  entryBudgetMs?: number;
  /** Confine each test worker to its own entries' files (see `RunSpec.isolate`). */
  isolate?: RunSpec['isolate'];
}

const BATCH_MAX = 16;

/** Grades each entry's hidden suite against its tree in one supervised run. */
export async function gradeEntries(workspace: string, given: RunEntry[], opts: GradeOptions = {}): Promise<ExerciseOutcome[]> {
  if (given.length === 0) return [];
  const budgeted = opts.entryBudgetMs ? given.map((e) => ({ ...e, budgetMs: opts.entryBudgetMs })) : given;
  const { entries, batches, restore } = opts.batch ? planBatches(budgeted, opts.batch === 'not-passed' ? 4 : 2) : { entries: budgeted, batches: [], restore: (o: ExerciseOutcome[]) => o };
  if (!opts.runner && !opts.isolate && batches.length === 0) return restore(await runOnce(workspace, entries, [], opts));
  // Batches may need a second run: one process serves both, so Vitest starts once.
  const runner = opts.runner ?? new WarmRunner(workspace, { budgets: { ...wallClockFor(entries.length), ...opts.budgets }, ...(opts.workers ? { workers: opts.workers } : {}), ...(opts.isolate ? { isolate: opts.isolate } : {}) });
  try {
    const outcomes = await runner.grade(entries, [], batches, wallClockFor(entries.length).runMs);
    const inBatch = batches.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
    const crashed = (i: number) => batches.some(([a, b]) => i >= a && i <= b && outcomes.slice(a, b + 1).some((o) => o.status === 'error' || o.status === 'timeout'));
    const again = inBatch.filter((i) => (opts.batch === 'not-passed' ? outcomes[i]!.status !== 'passed' : crashed(i)));
    for (const i of inBatch) outcomes[i]!.batched = true;
    if (again.length === 0) return restore(outcomes);
    const regraded = await runner.grade(again.map((i) => entries[i]!), [], [], wallClockFor(again.length).runMs);
    again.forEach((i, k) => (outcomes[i] = regraded[k]!));
    return restore(outcomes);
  } finally {
    if (!opts.runner) runner.close();
  }
}

/** The wall clock is a last resort against a hung run, so it grows with the work given. */
const wallClockFor = (entries: number): Pick<Budgets, 'runMs'> => ({ runMs: Math.max(defaultBudgets.runMs, 60_000 + entries * 5_000) });

async function runOnce(workspace: string, entries: RunEntry[], batches: [number, number][], opts: GradeOptions): Promise<ExerciseOutcome[]> {
  const scratch = makeScratch();
  try {
    const budgets = { ...defaultBudgets, ...wallClockFor(entries.length), ...opts.budgets };
    const run = await supervise({ workspace, entries, scratch: scratch.dir, budgets, workers: opts.workers, batches });
    return classify(entries, run);
  } finally {
    if (!opts.keepScratch) scratch.dispose();
  }
}

/**
 * Orders the entries so that those of one tree whose suites keep the default time
 * budget sit together, and cuts them into batches of at least `smallest` (where most of a batch
 * may fail and be graded again, a small one saves nothing); `restore` puts outcomes back in order.
 */
function planBatches(given: RunEntry[], smallest: number) {
  const batchable = given.map((e) => !e.overrides && !e.budgetMs && suiteBudgetMs(e.suite) === undefined);
  const group = (e: RunEntry) => e.implRoot;
  const firstOf = new Map<string, number>();
  given.forEach((e, i) => firstOf.has(group(e)) || firstOf.set(group(e), i));
  const order = given.map((_, i) => i).sort((a, b) => firstOf.get(group(given[a]!))! - firstOf.get(group(given[b]!))! || Number(batchable[b]) - Number(batchable[a]) || a - b);
  const entries = order.map((i) => given[i]!);
  const batches: [number, number][] = [];
  for (let i = 0; i < entries.length; ) {
    let j = i;
    while (batchable[order[i]!] && j + 1 < entries.length && batchable[order[j + 1]!] && group(entries[j + 1]!) === group(entries[i]!) && j + 1 - i < BATCH_MAX) j++;
    if (j + 1 - i >= smallest) batches.push([i, j]);
    i = j + 1;
  }
  const restore = (outcomes: ExerciseOutcome[]) => {
    const back: ExerciseOutcome[] = [];
    order.forEach((g, k) => (back[g] = outcomes[k]!));
    return back;
  };
  return { entries, batches, restore };
}
