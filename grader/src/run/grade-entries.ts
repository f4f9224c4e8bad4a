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
   * - `crashed`: the exercises of a batch that had an error or a timeout, in batches of a few,
   *   then alone where a small batch crashed too, so a crash is blamed on its exercise alone (a
   *   learner's own code);
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

const BATCH_MAX = 40;

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
    const members = ([a, b]: [number, number]) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    for (const i of batches.flatMap(members)) outcomes[i]!.batched = true;
    if (opts.batch === 'not-passed') {
      const again = batches.flatMap(members).filter((i) => outcomes[i]!.status !== 'passed');
      if (again.length) (await runner.grade(again.map((i) => entries[i]!), [], [], wallClockFor(again.length).runMs)).forEach((o, k) => (outcomes[again[k]!] = o));
      return restore(outcomes);
    }
    // A crashed batch: its exercises again in small batches, then those of a small batch that crashed too, alone.
    const crashedGroups = (groups: number[][]) => groups.filter((g) => g.some((i) => crashedOutcome(outcomes[i]!)));
    let suspects = crashedGroups(batches.map(members));
    while (suspects.length) {
      const plan = regradePlan(suspects, outcomes);
      const regraded = await runner.grade(plan.order.map((i) => entries[i]!), [], plan.batches, wallClockFor(plan.order.length).runMs);
      plan.order.forEach((i, k) => (outcomes[i] = plan.batches.some(([a, b]) => k >= a && k <= b) ? { ...regraded[k]!, batched: true } : regraded[k]!));
      suspects = crashedGroups(plan.batches.map(([a, b]) => plan.order.slice(a, b + 1)));
    }
    return restore(outcomes);
  } finally {
    if (!opts.runner) runner.close();
  }
}

const RETRY_BATCH = 5;
const crashedOutcome = (o: ExerciseOutcome) => o.status === 'error' || o.status === 'timeout';

/**
 * How to grade again the exercises of crashed batches (groups of entries of one tree): those the
 * watchdog caught running out of time, and those of a group at most `RETRY_BATCH` long, alone;
 * the others in batches of up to `RETRY_BATCH`. `order` lists the entries, `batches` index it.
 */
function regradePlan(crashed: number[][], outcomes: ExerciseOutcome[]) {
  const caught = (i: number) => outcomes[i]!.status === 'timeout' && !outcomes[i]!.unfinished;
  const alone: number[] = [];
  const chunks: number[][] = [];
  for (const group of crashed) {
    const rest = group.length <= RETRY_BATCH ? [] : group.filter((i) => !caught(i));
    alone.push(...group.filter((i) => !rest.includes(i)));
    for (let k = 0; k < rest.length; k += RETRY_BATCH) chunks.push(rest.slice(k, k + RETRY_BATCH));
  }
  // The slow ones (caught running out of time) start first.
  const order = [...alone];
  const batches: [number, number][] = [];
  for (const chunk of chunks) {
    if (chunk.length > 1) batches.push([order.length, order.length + chunk.length - 1]);
    order.push(...chunk);
  }
  return { order, batches };
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
 * Orders the entries so that those of one tree whose suites keep the default time budget sit
 * together, after the tree's slow suites (those with a budget of their own: they start first, so
 * no worker is left alone with one at the end), and cuts them into batches of at least `smallest`
 * (where most of a batch may fail and be graded again, a small one saves nothing); `restore` puts
 * outcomes back in order.
 */
function planBatches(given: RunEntry[], smallest: number) {
  const batchable = given.map((e) => !e.overrides && !e.budgetMs && suiteBudgetMs(e.suite) === undefined);
  const group = (e: RunEntry) => e.implRoot;
  const firstOf = new Map<string, number>();
  given.forEach((e, i) => firstOf.has(group(e)) || firstOf.set(group(e), i));
  const order = given.map((_, i) => i).sort((a, b) => firstOf.get(group(given[a]!))! - firstOf.get(group(given[b]!))! || Number(batchable[a]) - Number(batchable[b]) || a - b);
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
