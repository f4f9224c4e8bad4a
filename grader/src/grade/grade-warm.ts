import type { ExerciseOutcome } from '../run/classify.ts';
import { type RunEntry, suiteBudgetMs } from '../run/spec.ts';
import type { WarmRunner } from '../run/warm-runner.ts';

const BATCH_MAX = 16;

/**
 * Grades entries in a kept-alive process. With `batch: 'crashed'`, the suites of one tree share a
 * test file (one worker start, not one each), and every exercise of a batch that had an error or
 * a timeout is graded again in a file of its own, so a crash is blamed on its exercise alone.
 */
export async function gradeWarm(runner: WarmRunner, given: RunEntry[], changed: string[], batch?: 'crashed'): Promise<ExerciseOutcome[]> {
  if (batch !== 'crashed' || given.length < 2) return runner.grade(given, changed);
  // One tree together, in the order given; suites with their own time budget alone.
  const group = (e: RunEntry) => e.implRoot;
  const groups = [...new Set(given.map(group))];
  const batchable = (e: RunEntry) => !e.overrides && !e.budgetMs && suiteBudgetMs(e.suite) === undefined;
  const order = given.map((_, i) => i).sort((a, b) => groups.indexOf(group(given[a]!)) - groups.indexOf(group(given[b]!)) || Number(batchable(given[b]!)) - Number(batchable(given[a]!)) || a - b);
  const entries = order.map((i) => given[i]!);
  const batches: [number, number][] = [];
  for (let i = 0; i < entries.length; ) {
    let j = i;
    while (batchable(entries[i]!) && j + 1 < entries.length && batchable(entries[j + 1]!) && group(entries[j + 1]!) === group(entries[i]!) && j + 1 - i < BATCH_MAX) j++;
    if (j > i) batches.push([i, j]);
    i = j + 1;
  }
  const outcomes = await runner.grade(entries, changed, batches);
  const again = batches.flatMap(([a, b]) => {
    const members = Array.from({ length: b - a + 1 }, (_, k) => a + k);
    return members.some((i) => outcomes[i]!.status === 'error' || outcomes[i]!.status === 'timeout') ? members : [];
  });
  if (again.length > 0) {
    const regraded = await runner.grade(again.map((i) => entries[i]!));
    again.forEach((i, k) => (outcomes[i] = regraded[k]!));
  }
  const back: ExerciseOutcome[] = [];
  order.forEach((g, k) => (back[g] = outcomes[k]!));
  return back;
}
