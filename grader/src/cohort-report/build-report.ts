import type { Stage } from '../catalog/curriculum.ts';
import { type CohortData, FAILING, latestRuns, type RunRow } from './cohort-data.ts';
import type { CohortReport, FailedTest, ProgressPoint, StageStatus, StageSummary, StudentRow, StuckStudent } from './report-types.ts';

export interface ReportOptions {
  asOf: Date;
  /** Days without a new passing test after which an unfinished student counts as stuck. */
  stuckDays: number;
  /** How many of the most-failed tests to list. */
  top: number;
  generatedAt?: Date;
}

const DAY = 86_400_000;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dayOf = (iso: string) => iso.slice(0, 10);
// Map.groupBy arrived in Node 21; this grader supports Node 20.
function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/**
 * Where every student stands as of a moment: the students × stages matrix, pass rates, the
 * tests most students fail, who has stalled, and progress over time. Pure: reads only `data`.
 */
export function buildReport(data: CohortData, curriculum: Stage[], opts: ReportOptions): CohortReport {
  const asOf = opts.asOf.toISOString();
  const order = new Map(curriculum.map((s, i) => [s.id, i]));
  const seen = new Set(data.latestExercises.map((e) => e.stage));
  const stageIds = (seen.size ? [...seen] : curriculum.map((s) => s.id)).sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || byText(a, b));
  const known = new Map(curriculum.map((s) => [s.id, s]));
  const totals = new Map(
    stageIds.map((id) => {
      const inResults = new Set(data.latestExercises.filter((e) => e.stage === id).map((e) => e.exercise)).size;
      return [id, Math.max(known.get(id)?.exercises.length ?? 0, inResults)];
    }),
  );
  const grandTotal = [...totals.values()].reduce((a, b) => a + b, 0);

  const latest = latestRuns(data.runs);
  const latestGraded = latestRuns(data.runs.filter((r) => r.submission === 'graded'));
  const resultsByRun = groupBy(data.latestExercises, (e) => e.runId);

  const students: StudentRow[] = data.students.map((s) => {
    const run = latest.get(s.id);
    const graded = run?.submission === 'graded';
    const results = graded ? (resultsByRun.get(run.id) ?? []) : [];
    const stages = Object.fromEntries(
      stageIds.map((id) => {
        const mine = results.filter((e) => e.stage === id);
        const passed = mine.filter((e) => e.status === 'passed').length;
        const total = totals.get(id)!;
        const status: StageStatus = !graded ? 'no-submission' : total > 0 && passed >= total ? 'passed' : mine.some((e) => e.status !== 'not-started') ? 'in-progress' : 'not-started';
        return [id, { status, passed, total }];
      }),
    );
    const passed = Object.values(stages).reduce((a, x) => a + x.passed, 0);
    return {
      id: s.id,
      name: s.name,
      email: s.email,
      lastGradedAt: run?.gradedAt ?? null,
      submission: run ? (graded ? 'graded' : 'no-submission') : 'never-graded',
      stages,
      passed,
      total: grandTotal,
      flags: run?.flags ?? [],
    };
  });

  const gradedStudents = students.filter((s) => s.submission === 'graded');
  const stages: StageSummary[] = stageIds.map((id) => {
    const total = totals.get(id)!;
    const passed = gradedStudents.reduce((a, s) => a + s.stages[id]!.passed, 0);
    return {
      id,
      title: known.get(id)?.title ?? id,
      exercises: total,
      passRate: gradedStudents.length && total ? round4(passed / (gradedStudents.length * total)) : 0,
      completed: gradedStudents.filter((s) => s.stages[id]!.status === 'passed').length,
    };
  });

  const failures = new Map<string, FailedTest>();
  const gradedRunIds = new Set([...latest.values()].filter((r) => r.submission === 'graded').map((r) => r.id));
  for (const t of data.latestTests) {
    if (!FAILING.includes(t.status) || !gradedRunIds.has(t.runId)) continue;
    const key = JSON.stringify([t.stage, t.exercise, t.test]);
    const f = failures.get(key) ?? { stage: t.stage, exercise: t.exercise, test: t.test, failures: 0 };
    f.failures++;
    failures.set(key, f);
  }
  const mostFailedTests = [...failures.values()]
    .sort((a, b) => b.failures - a.failures || byText(a.stage, b.stage) || byText(a.exercise, b.exercise) || byText(a.test, b.test))
    .slice(0, opts.top);

  const runsByStudent = groupBy(
    data.runs.filter((r) => r.submission === 'graded'),
    (r) => r.studentId,
  );
  const stuck: StuckStudent[] = [];
  for (const s of students) {
    const runs = runsByStudent.get(s.id);
    if (!runs || !latestGraded.has(s.id) || s.submission !== 'graded' || s.passed >= s.total) continue;
    const since = lastGain(runs);
    const days = Math.floor((opts.asOf.getTime() - Date.parse(since)) / DAY);
    if (days >= opts.stuckDays) stuck.push({ id: s.id, stage: stageIds.find((id) => s.stages[id]!.status !== 'passed')!, since, days });
  }
  stuck.sort((a, b) => b.days - a.days || byText(a.id, b.id));

  return {
    generatedAt: (opts.generatedAt ?? new Date()).toISOString(),
    asOf,
    stuckDays: opts.stuckDays,
    students,
    stages,
    mostFailedTests,
    stuck,
    progress: {
      cohort: dailyShare(data.runs, data.students.length, grandTotal, opts.asOf),
      students: Object.fromEntries(students.map((s) => [s.id, (runsByStudent.get(s.id) ?? []).map((r) => ({ at: r.gradedAt, passed: Math.min(r.exercisesPassed, grandTotal) }))])),
    },
  };
}

/** When the count of passing tests last reached a new best (the first run sets the first best). */
function lastGain(runs: RunRow[]): string {
  let best = -1;
  let since = runs[0]!.gradedAt;
  for (const r of runs) {
    if (r.testsPassed > best) {
      best = r.testsPassed;
      since = r.gradedAt;
    }
  }
  return since;
}

/** For each UTC day from the first run to `asOf` (at most a year), the roster's mean share of exercises passed. */
function dailyShare(runs: RunRow[], rosterSize: number, total: number, asOf: Date): ProgressPoint[] {
  const graded = runs.filter((r) => r.submission === 'graded');
  if (!graded.length || !rosterSize || !total) return [];
  const last = Date.parse(`${dayOf(asOf.toISOString())}T00:00:00.000Z`);
  const first = Math.max(Date.parse(`${dayOf(graded[0]!.gradedAt)}T00:00:00.000Z`), last - 365 * DAY);
  const current = new Map<string, number>();
  const points: ProgressPoint[] = [];
  let i = 0;
  for (let day = first; day <= last; day += DAY) {
    const end = new Date(Math.min(day + DAY - 1, asOf.getTime())).toISOString();
    while (i < graded.length && graded[i]!.gradedAt <= end) {
      current.set(graded[i]!.studentId, Math.min(graded[i]!.exercisesPassed, total));
      i++;
    }
    const sum = [...current.values()].reduce((a, b) => a + b, 0);
    points.push({ date: dayOf(new Date(day).toISOString()), share: round4(sum / (rosterSize * total)) });
  }
  return points;
}
