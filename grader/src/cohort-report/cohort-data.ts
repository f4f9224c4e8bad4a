import type { Gradebook } from '@roadmap/gradebook';

export interface RunRow {
  id: string;
  studentId: string;
  gradedAt: string;
  submission: string;
  flags: string[];
  durationMs: number;
  /** Passing tests and passed exercises in this run. */
  testsPassed: number;
  exercisesPassed: number;
}

export interface ExerciseRow {
  runId: string;
  stage: string;
  exercise: string;
  status: string;
  passed: number;
  total: number;
  message: string | null;
}

export interface TestRow {
  runId: string;
  stage: string;
  exercise: string;
  test: string;
  status: string;
  message: string | null;
}

/** What a report reads from the gradebook: every run up to `asOf`, details of the latest ones. */
export interface CohortData {
  students: { id: string; name: string; email: string }[];
  runs: RunRow[];
  /** Exercise results of each student's latest run. */
  latestExercises: ExerciseRow[];
  /** Test results of each student's latest run (all of them, or only the failing ones). */
  latestTests: TestRow[];
}

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
export const FAILING = ['failed', 'error', 'timeout'];

/** The latest run of each student among `runs` (ordered by time). */
export function latestRuns(runs: RunRow[]): Map<string, RunRow> {
  const latest = new Map<string, RunRow>();
  for (const r of runs) latest.set(r.studentId, r);
  return latest;
}

/** Reads the gradebook as of a moment; `allTests` also loads passing tests (for Gradescope). */
export async function readCohortData(db: Gradebook['db'], asOf: string, allTests = false): Promise<CohortData> {
  const students = await db.selectFrom('students').select(['id', 'name', 'email']).orderBy('id').execute();
  const runs = await db
    .selectFrom('runs')
    .leftJoin('exercise_results as e', 'e.run_id', 'runs.id')
    .select((eb) => [
      'runs.id as id',
      'runs.student_id as studentId',
      'runs.graded_at as gradedAt',
      'runs.submission as submission',
      'runs.flags as flags',
      'runs.duration_ms as durationMs',
      eb.fn.coalesce(eb.fn.sum<number>('e.passed'), eb.lit(0)).as('testsPassed'),
      eb.fn.coalesce(eb.fn.sum<number>(eb.case().when('e.status', '=', 'passed').then(1).else(0).end()), eb.lit(0)).as('exercisesPassed'),
    ])
    .where('runs.graded_at', '<=', asOf)
    .groupBy(['runs.id', 'runs.student_id', 'runs.graded_at', 'runs.submission', 'runs.flags', 'runs.duration_ms'])
    .orderBy('runs.graded_at')
    .orderBy('runs.id')
    .execute();
  const runRows: RunRow[] = runs.map((r) => ({
    id: r.id,
    studentId: r.studentId,
    gradedAt: r.gradedAt,
    submission: r.submission,
    flags: JSON.parse(r.flags) as string[],
    durationMs: Number(r.durationMs),
    testsPassed: Number(r.testsPassed),
    exercisesPassed: Number(r.exercisesPassed),
  }));
  const latestIds = [...latestRuns(runRows).values()].map((r) => r.id);
  const latestExercises: ExerciseRow[] = [];
  const latestTests: TestRow[] = [];
  for (const ids of chunks(latestIds, 500)) {
    const ex = await db.selectFrom('exercise_results').select(['run_id as runId', 'stage', 'exercise', 'status', 'passed', 'total', 'message']).where('run_id', 'in', ids).execute();
    latestExercises.push(...ex.map((e) => ({ ...e, passed: Number(e.passed), total: Number(e.total) })));
    let q = db.selectFrom('test_results').select(['run_id as runId', 'stage', 'exercise', 'test', 'status', 'message']).where('run_id', 'in', ids);
    if (!allTests) q = q.where('status', 'in', FAILING);
    latestTests.push(...(await q.execute()));
  }
  return { students, runs: runRows, latestExercises, latestTests };
}
