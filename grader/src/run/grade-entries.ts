import { classify, type ExerciseOutcome } from './classify.ts';
import { type Budgets, defaultBudgets, type RunEntry } from './spec.ts';
import { makeScratch, supervise } from './supervise.ts';

export interface GradeOptions {
  budgets?: Partial<Budgets>;
  workers?: number;
  /** Keep the scratch folder (wrappers, raw results) for debugging. */
  keepScratch?: boolean;
  /** Wraps the grading command (a sandbox); gets the scratch folder the run will use. */
  wrap?: (scratch: string, argv: string[]) => string[];
}

/** Grades each entry's hidden suite against its tree in one supervised run. */
export async function gradeEntries(workspace: string, entries: RunEntry[], opts: GradeOptions = {}): Promise<ExerciseOutcome[]> {
  if (entries.length === 0) return [];
  const scratch = makeScratch();
  try {
    // The wall clock is a last resort against a hung run, so it grows with the work given.
    const budgets = { ...defaultBudgets, runMs: Math.max(defaultBudgets.runMs, 60_000 + entries.length * 5_000), ...opts.budgets };
    const wrap = opts.wrap;
    const run = await supervise({ workspace, entries, scratch: scratch.dir, budgets, workers: opts.workers }, wrap ? { wrap: (argv) => wrap(scratch.dir, argv) } : {});
    return classify(entries, run);
  } finally {
    if (!opts.keepScratch) scratch.dispose();
  }
}
