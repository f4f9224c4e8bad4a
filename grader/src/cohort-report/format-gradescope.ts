import type { Stage } from '../catalog/curriculum.ts';
import { type CohortData, latestRuns } from './cohort-data.ts';
import type { CohortReport } from './report-types.ts';

export type Visibility = 'hidden' | 'after_due_date' | 'after_published' | 'visible';
export const visibilities: Visibility[] = ['hidden', 'after_due_date', 'after_published', 'visible'];

/** One test of Gradescope's autograder `results.json`. */
export interface GradescopeTest {
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  name: string;
  number: string;
  output: string;
  tags: string[];
  visibility: Visibility;
}

export interface GradescopeResults {
  score: number;
  execution_time: number;
  output: string;
  visibility: Visibility;
  stdout_visibility: Visibility;
  tests: GradescopeTest[];
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Each student's latest run in Gradescope's autograder schema. An exercise is worth its
 * manifest points, shared equally by its tests; every test comes from the hidden suites, so
 * each carries `testVisibility`.
 */
export function formatGradescope(report: CohortReport, data: CohortData, curriculum: Stage[], testVisibility: Visibility): Map<string, GradescopeResults> {
  const stageOrder = report.stages.map((s) => s.id);
  const exercisesOf = new Map(curriculum.map((s) => [s.id, s.exercises]));
  const runOf = latestRuns(data.runs);
  const key = (run: string, stage: string, ex: string) => `${run}\0${stage}\0${ex}`;
  const testsBy = new Map<string, CohortData['latestTests']>();
  for (const t of data.latestTests) {
    const k = key(t.runId, t.stage, t.exercise);
    const list = testsBy.get(k);
    if (list) list.push(t);
    else testsBy.set(k, [t]);
  }
  const resultsBy = new Map(data.latestExercises.map((e) => [key(e.runId, e.stage, e.exercise), e]));
  const out = new Map<string, GradescopeResults>();
  for (const student of report.students) {
    const run = runOf.get(student.id);
    const tests: GradescopeTest[] = [];
    let score = 0;
    stageOrder.forEach((stageId, si) => {
      const defs = exercisesOf.get(stageId) ?? [];
      const extra = run ? data.latestExercises.filter((e) => e.runId === run.id && e.stage === stageId && !defs.some((d) => d.id === e.exercise)) : [];
      const ids = [...defs.map((d) => d.id), ...extra.map((r) => r.exercise)];
      ids.forEach((exId, ei) => {
        const points = defs.find((d) => d.id === exId)?.points ?? 10;
        const result = run && resultsBy.get(key(run.id, stageId, exId));
        const rows = (run ? (testsBy.get(key(run.id, stageId, exId)) ?? []) : []).sort((a, b) => (a.test < b.test ? -1 : a.test > b.test ? 1 : 0));
        const number = `${si + 1}.${ei + 1}`;
        const tags = [stageId, exId];
        if (!rows.length) {
          const why = student.submission !== 'graded' ? 'No submission was graded.' : result?.message ?? 'This exercise was not graded.';
          tests.push({ score: 0, max_score: points, status: 'failed', name: `${stageId} › ${exId}`, number, output: why, tags, visibility: testVisibility });
          return;
        }
        const each = points / rows.length;
        rows.forEach((t, ti) => {
          const passed = t.status === 'passed';
          if (passed) score += each;
          tests.push({
            score: passed ? round(each) : 0,
            max_score: round(each),
            status: passed ? 'passed' : 'failed',
            name: `${stageId} › ${exId} › ${t.test}`,
            number: `${number}.${ti + 1}`,
            output: passed ? '' : t.message ?? t.status,
            tags,
            visibility: testVisibility,
          });
        });
      });
    });
    const summary =
      student.submission === 'graded'
        ? `Graded ${student.lastGradedAt}: ${student.passed} of ${student.total} exercises passed.`
        : 'No submission was graded for you. Hand in your copy of the repository and ask your instructor to grade again.';
    out.set(student.id, {
      score: round(score, 2),
      execution_time: round((run?.durationMs ?? 0) / 1000, 3),
      output: summary,
      visibility: 'visible',
      stdout_visibility: 'hidden',
      tests,
    });
  }
  return out;
}
