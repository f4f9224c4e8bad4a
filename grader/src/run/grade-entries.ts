import { classify, type ExerciseOutcome } from './classify.ts';
import { type Budgets, defaultBudgets, type RunEntry } from './spec.ts';
import { makeScratch, supervise } from './supervise.ts';

export interface GradeOptions {
  budgets?: Partial<Budgets>;
  workers?: number;
  /** Keep the scratch folder (wrappers, raw results) for debugging. */
  keepScratch?: boolean;
}

/** Grades each entry's hidden suite against its tree in one supervised run. */
export async function gradeEntries(workspace: string, entries: RunEntry[], opts: GradeOptions = {}): Promise<ExerciseOutcome[]> {
  if (entries.length === 0) return [];
  const scratch = makeScratch();
  try {
    const budgets = { ...defaultBudgets, ...opts.budgets };
    const run = await supervise({ workspace, entries, scratch: scratch.dir, budgets, workers: opts.workers });
    return classify(entries, run);
  } finally {
    if (!opts.keepScratch) scratch.dispose();
  }
}
