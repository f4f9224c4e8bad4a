import { existsSync, readFileSync } from 'node:fs';
import type { Exercise, Stage } from '../catalog/curriculum.ts';
import { exercisePath, type Target } from '../catalog/target.ts';
import { readProgress, recordGrade, writeProgress } from '../progress/progress-store.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import { type DaemonUse, gradeStages } from './grade-stages.ts';

/**
 * Grades the selected exercises of a target (`curriculum` holds every stage with all its
 * exercises): this workspace's exercises by whole stages, replaying the outcomes of unchanged
 * code, anything else in one direct run. Records the learner's progress unless told not to.
 * With `daemon`, this workspace's changed exercises may be graded by the grading daemon.
 */
export async function gradeTarget(
  target: Target,
  selected: Exercise[],
  curriculum: Stage[],
  opts: { testMs?: number; record?: boolean; daemon?: DaemonUse } = {},
): Promise<{ outcomes: ExerciseOutcome[]; warning?: string }> {
  const budgets = opts.testMs ? { testMs: opts.testMs } : {};
  const outcomes = target.cached
    ? [...(await gradeStages(target.tree, curriculum.filter((s) => selected.some((e) => e.stage === s.id)), budgets, opts.daemon ? { daemon: opts.daemon } : {})).values()].flat()
    : await (await import('./grade-tree.ts')).gradeTree(target.tree, selected, { batch: 'crashed', budgets });
  if (opts.record === false || target.label === 'solutions') return { outcomes };
  const { progress, warning } = readProgress(target.copyRoot);
  const chosen = new Set(selected.map((e) => e.key));
  for (const o of outcomes) {
    const key = `${o.stage}/${o.exercise}`;
    const file = exercisePath(target, o.stage, o.exercise);
    if (chosen.has(key) && existsSync(file)) recordGrade(progress, key, o.status, readFileSync(file, 'utf8'));
  }
  writeProgress(target.copyRoot, progress);
  return { outcomes, ...(warning ? { warning } : {}) };
}
