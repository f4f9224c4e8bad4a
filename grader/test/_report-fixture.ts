import { randomUUID } from 'node:crypto';
import { type ExerciseRecord, openGradebook, saveRun, upsertStudents } from '@roadmap/gradebook';
import type { Stage } from '../src/catalog/curriculum.ts';

// A small class whose every number is worked out by hand below: two stages (3 + 2 exercises of
// 10 points, two tests each), seven students, runs back-dated around AS_OF.

export const AS_OF = new Date('2026-11-30T12:00:00.000Z');
const day = (n: number) => new Date(AS_OF.getTime() + n * 86_400_000).toISOString();

const stage = (id: string, exercises: string[]): Stage => ({
  id,
  title: `Stage ${id}`,
  roadmap: id,
  exercises: exercises.map((e) => ({ id: e, title: e, hints: ['h1', 'h2'], points: 10, stage: id, key: `${id}/${e}` })),
});
export const CURRICULUM: Stage[] = [stage('01-alpha', ['a', 'b', 'c']), stage('02-beta', ['d', 'e'])];
const stageOf = (ex: string) => (['a', 'b', 'c'].includes(ex) ? '01-alpha' : '02-beta');

/** Passing tests per exercise (0–2); `ns` marks an exercise still a stub. */
type Plan = Partial<Record<'a' | 'b' | 'c' | 'd' | 'e', number | 'ns'>>;
function exercises(plan: Plan): ExerciseRecord[] {
  return (['a', 'b', 'c', 'd', 'e'] as const).map((ex) => {
    const p = plan[ex] ?? 'ns';
    const tests = [1, 2].map((i) => ({
      name: `case ${i}`,
      status: p === 'ns' ? 'not-started' : i <= p ? 'passed' : 'failed',
      ms: 3,
      ...(p !== 'ns' && i > p ? { message: `expected ${i}, received ${-i}` } : {}),
    }));
    const passed = p === 'ns' ? 0 : p;
    return { stage: stageOf(ex), exercise: ex, status: p === 'ns' ? 'not-started' : p === 2 ? 'passed' : 'failed', passed, failed: 2 - passed, total: 2, tests };
  });
}

const RUNS: { student: string; at: number; plan?: Plan }[] = [
  { student: 's1', at: -20, plan: { a: 2, b: 1 } },
  { student: 's1', at: -15, plan: { a: 2, b: 2, c: 2, d: 1, e: 0 } },
  { student: 's1', at: -2, plan: { a: 2, b: 2, c: 2, d: 2, e: 2 } },
  { student: 's2', at: -20, plan: { a: 2, b: 1, c: 0 } },
  { student: 's2', at: -12, plan: { a: 1, b: 2, c: 0 } },
  { student: 's3', at: -3, plan: { a: 0, b: 0 } },
  { student: 's3', at: 1, plan: { a: 2, b: 2, c: 2, d: 2, e: 2 } }, // after AS_OF: never reported
  { student: 's4', at: -1 }, // no submission
  { student: 's6', at: -30, plan: {} },
  { student: 's7', at: -10, plan: { a: 2, b: 2, c: 2, d: 2, e: 1 } },
];
export const ROSTER = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'];
const NAMES: Record<string, string> = { s1: 'Ada <Lovelace>', s2: 'Ben "B" Ng', s3: 'Cy', s4: 'Dee', s5: 'Eve', s6: 'Fay', s7: 'Gus' };

/** Writes the class into a gradebook (a SQLite path or a postgres:// URL). */
export async function fillReportFixture(url: string): Promise<void> {
  const gb = await openGradebook(url);
  try {
    await upsertStudents(gb.db, ROSTER.map((id) => ({ id, name: NAMES[id]!, email: `${id}@example.edu`, extra: {} })));
    for (const [i, r] of RUNS.entries()) {
      await saveRun(gb.db, {
        id: randomUUID(),
        studentId: r.student,
        gradedAt: day(r.at),
        submission: r.plan ? 'graded' : 'no-submission',
        contentHash: r.plan ? `hash-${i}` : 'none',
        suitesVersion: 'v1',
        sandbox: 'bwrap',
        flags: [],
        durationMs: 1500,
        exercises: r.plan ? exercises(r.plan) : [],
      });
    }
  } finally {
    await gb.close();
  }
}

type Cell = [status: string, passed: number];
/** The matrix as of AS_OF, worked out by hand: [01-alpha, 02-beta] per student. */
export const EXPECTED_MATRIX: Record<string, [Cell, Cell]> = {
  s1: [['passed', 3], ['passed', 2]],
  s2: [['in-progress', 1], ['not-started', 0]],
  s3: [['in-progress', 0], ['not-started', 0]],
  s4: [['no-submission', 0], ['no-submission', 0]],
  s5: [['no-submission', 0], ['no-submission', 0]],
  s6: [['not-started', 0], ['not-started', 0]],
  s7: [['passed', 3], ['in-progress', 1]],
};
/** Five students have a graded submission: 7 of 15 and 3 of 10 exercise passes. */
export const EXPECTED_STAGES = [
  { id: '01-alpha', passRate: 0.4667, completed: 2 },
  { id: '02-beta', passRate: 0.3, completed: 1 },
];
export const EXPECTED_MOST_FAILED = [
  { stage: '01-alpha', exercise: 'a', test: 'case 2', failures: 2 },
  { stage: '01-alpha', exercise: 'a', test: 'case 1', failures: 1 },
  { stage: '01-alpha', exercise: 'b', test: 'case 1', failures: 1 },
  { stage: '01-alpha', exercise: 'b', test: 'case 2', failures: 1 },
  { stage: '01-alpha', exercise: 'c', test: 'case 1', failures: 1 },
  { stage: '01-alpha', exercise: 'c', test: 'case 2', failures: 1 },
  { stage: '02-beta', exercise: 'e', test: 'case 2', failures: 1 },
];
/** s2 has not gained since day -20, s6 never passed anything, s7 stalled on the second stage. */
export const EXPECTED_STUCK = [
  { id: 's6', stage: '01-alpha', since: day(-30), days: 30 },
  { id: 's2', stage: '01-alpha', since: day(-20), days: 20 },
  { id: 's7', stage: '02-beta', since: day(-10), days: 10 },
];
/** Gradescope scores: 10 points an exercise, 5 a test. */
export const EXPECTED_SCORES: Record<string, number> = { s1: 50, s2: 15, s3: 0, s4: 0, s5: 0, s6: 0, s7: 45 };
