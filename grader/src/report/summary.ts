import type { Exercise, Stage } from '../catalog/curriculum.ts';
import type { ExerciseOutcome, ExerciseStatus } from '../run/classify.ts';

export interface ExerciseSummary {
  id: string;
  title: string;
  status: ExerciseStatus;
  passed: number;
  failed: number;
  total: number;
  message?: string;
  tests: ExerciseOutcome['tests'];
  typeErrors?: ExerciseOutcome['typeErrors'];
}

export interface StageSummary {
  id: string;
  title: string;
  status: ExerciseStatus;
  passed: number;
  failed: number;
  total: number;
  exercises: ExerciseSummary[];
}

export interface GradeSummary {
  target: string;
  passed: number;
  failed: number;
  total: number;
  stages: StageSummary[];
  /** The first exercise, in curriculum order, that has not passed. */
  next?: { stage: string; exercise: string; title: string; file: string };
}

const broken: ExerciseStatus[] = ['error', 'timeout', 'failed'];

/** A stage passes when all its exercises do; it failed when any is broken; otherwise work remains. */
export function stageStatus(statuses: ExerciseStatus[]): ExerciseStatus {
  if (statuses.length > 0 && statuses.every((s) => s === 'passed')) return 'passed';
  if (statuses.some((s) => broken.includes(s))) return 'failed';
  return 'not-started';
}

/** Shapes outcomes into the report every output format starts from. */
export function summarize(target: string, stages: Stage[], selected: Exercise[], outcomes: ExerciseOutcome[], fileOf: (e: Exercise) => string): GradeSummary {
  const byKey = new Map(outcomes.map((o) => [`${o.stage}/${o.exercise}`, o]));
  const chosen = new Set(selected.map((e) => e.key));
  const stageSummaries: StageSummary[] = [];
  for (const stage of stages) {
    const exercises: ExerciseSummary[] = stage.exercises
      .filter((e) => chosen.has(e.key))
      .map((e) => {
        const o = byKey.get(e.key);
        if (!o) return { id: e.id, title: e.title, status: 'error' as const, passed: 0, failed: 0, total: 0, tests: [], message: 'This exercise was not graded.' };
        return {
          id: e.id, title: e.title, status: o.status, passed: o.passed, failed: o.failed, total: o.total, tests: o.tests,
          ...(o.message ? { message: o.message } : {}),
          ...(o.typeErrors?.length ? { typeErrors: o.typeErrors } : {}),
        };
      });
    if (exercises.length === 0) continue;
    const sum = (k: 'passed' | 'failed' | 'total') => exercises.reduce((n, e) => n + e[k], 0);
    stageSummaries.push({ id: stage.id, title: stage.title, status: stageStatus(exercises.map((e) => e.status)), passed: sum('passed'), failed: sum('failed'), total: sum('total'), exercises });
  }
  const sum = (k: 'passed' | 'failed' | 'total') => stageSummaries.reduce((n, s) => n + s[k], 0);
  const nextEx = selected.find((e) => byKey.get(e.key)?.status !== 'passed');
  return {
    target,
    passed: sum('passed'),
    failed: sum('failed'),
    total: sum('total'),
    stages: stageSummaries,
    ...(nextEx ? { next: { stage: nextEx.stage, exercise: nextEx.id, title: nextEx.title, file: fileOf(nextEx) } } : {}),
  };
}

/** 0 when nothing selected is failed, error or timeout (work not started is not a failure). */
export function exitCodeOf(summary: GradeSummary): 0 | 1 {
  return summary.stages.some((s) => s.exercises.some((e) => broken.includes(e.status))) ? 1 : 0;
}
