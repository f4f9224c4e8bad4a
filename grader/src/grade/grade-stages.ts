import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Stage } from '../catalog/curriculum.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import type { Budgets } from '../run/spec.ts';
import { StageVerdicts } from './stage-verdicts.ts';

export const stageResultFile = (stagePackage: string) => path.join(stagePackage, '.grade', 'result.json');

/**
 * Grades stages of the tree `tree` (`<workspace>/exercises`) and writes each stage's result file
 * (turbo's `grade` task output): exercises whose code, suite and grader are unchanged replay their
 * stored verdict, and all the others, across every stage given, are graded in one run.
 */
export async function gradeStages(tree: string, stages: Stage[], budgets: Partial<Budgets> = {}): Promise<Map<string, ExerciseOutcome[]>> {
  const plans = stages.map((stage) => {
    const pkg = path.join(tree, stage.id);
    const out = stageResultFile(pkg);
    mkdirSync(path.dirname(out), { recursive: true });
    const verdicts = new StageVerdicts(path.join(path.dirname(out), 'verdicts.json'), graderWorkspace, pkg, stage.id);
    const keys = stage.exercises.map((e) => verdicts.key(tree, stage.id, e.id));
    return { stage, out, verdicts, keys };
  });
  const stale = plans.flatMap((p) => p.stage.exercises.filter((_, i) => !p.verdicts.get(p.keys[i]!)));
  // The runner is loaded only when something has to run: an unchanged grade never needs it.
  const graded = stale.length ? await (await import('./grade-tree.ts')).gradeTree(tree, stale, { batch: 'crashed', budgets }) : [];
  const fresh = new Map(graded.map((o) => [`${o.stage}/${o.exercise}`, o]));
  const results = new Map<string, ExerciseOutcome[]>();
  for (const { stage, out, verdicts, keys } of plans) {
    const outcomes = stage.exercises.map((e, i) => fresh.get(e.key) ?? verdicts.get(keys[i]!)!);
    results.set(stage.id, outcomes);
    if (stage.exercises.every((e) => !fresh.has(e.key)) && verdicts.size === keys.length && existsSync(out)) continue;
    verdicts.save(stage.exercises.map((_, i) => [keys[i]!, outcomes[i]!]));
    writeFileSync(out, JSON.stringify({ stage: stage.id, outcomes }));
  }
  return results;
}
