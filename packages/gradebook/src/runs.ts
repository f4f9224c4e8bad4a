import type { Kysely } from 'kysely';
import type { GradebookSchema } from './schema.ts';

export interface StudentRecord {
  id: string;
  name: string;
  email: string;
  extra: Record<string, string>;
}

export interface ExerciseRecord {
  stage: string;
  exercise: string;
  status: string;
  passed: number;
  failed: number;
  total: number;
  message?: string;
  tests: { name: string; status: string; ms: number; message?: string }[];
}

export interface RunRecord {
  id: string;
  studentId: string;
  gradedAt: string;
  submission: 'graded' | 'no-submission';
  /** `none` for a missing submission. */
  contentHash: string;
  gitCommit?: string;
  suitesVersion: string;
  sandbox: string;
  flags: string[];
  durationMs: number;
  exercises: ExerciseRecord[];
}

const MESSAGE_CAP = 2000;
const capped = (m: string | undefined) => (m === undefined ? null : m.length > MESSAGE_CAP ? `${m.slice(0, MESSAGE_CAP)}… (cut)` : m);
const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Adds roster students, or updates their name, email and extra columns. */
export async function upsertStudents(db: Kysely<GradebookSchema>, students: StudentRecord[]): Promise<void> {
  for (const batch of chunks(students, 200)) {
    if (batch.length === 0) continue;
    await db
      .insertInto('students')
      .values(batch.map((s) => ({ id: s.id, name: s.name, email: s.email, extra: JSON.stringify(s.extra) })))
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), email: eb.ref('excluded.email'), extra: eb.ref('excluded.extra') })))
      .execute();
  }
}

/** The run already stored for this student, content and suites version, if any. */
export async function findCompleteRun(db: Kysely<GradebookSchema>, studentId: string, contentHash: string, suitesVersion: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('runs')
    .select('id')
    .where('student_id', '=', studentId)
    .where('content_hash', '=', contentHash)
    .where('suites_version', '=', suitesVersion)
    .executeTakeFirst();
  return row?.id;
}

/**
 * Stores one run with every exercise and test result in a single transaction: a run is either
 * wholly in the gradebook or not at all. Returns false when an equal run was stored meanwhile.
 */
export async function saveRun(db: Kysely<GradebookSchema>, run: RunRecord): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('runs')
      .values({
        id: run.id,
        student_id: run.studentId,
        graded_at: run.gradedAt,
        submission: run.submission,
        content_hash: run.contentHash,
        git_commit: run.gitCommit ?? null,
        suites_version: run.suitesVersion,
        sandbox: run.sandbox,
        flags: JSON.stringify(run.flags),
        duration_ms: Math.round(run.durationMs),
      })
      .onConflict((oc) => oc.columns(['student_id', 'content_hash', 'suites_version']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    for (const batch of chunks(run.exercises, 200)) {
      await trx
        .insertInto('exercise_results')
        .values(batch.map((e) => ({ run_id: run.id, stage: e.stage, exercise: e.exercise, status: e.status, passed: e.passed, failed: e.failed, total: e.total, message: capped(e.message) })))
        .execute();
    }
    const tests = run.exercises.flatMap((e) => dedupeNames(e.tests).map((t) => ({ run_id: run.id, stage: e.stage, exercise: e.exercise, test: t.name, status: t.status, duration_ms: Math.round(t.ms), message: capped(t.message) })));
    for (const batch of chunks(tests, 300)) await trx.insertInto('test_results').values(batch).execute();
    return true;
  });
}

/** Two tests with one name (a suite's own doing) are stored as `name`, `name (2)`. */
function dedupeNames<T extends { name: string }>(tests: T[]): T[] {
  const seen = new Map<string, number>();
  return tests.map((t) => {
    const n = (seen.get(t.name) ?? 0) + 1;
    seen.set(t.name, n);
    return n === 1 ? t : { ...t, name: `${t.name} (${n})` };
  });
}

/** Stored verdicts for these content keys. */
export async function readVerdicts(db: Kysely<GradebookSchema>, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const batch of chunks([...new Set(keys)], 300)) {
    if (batch.length === 0) continue;
    for (const row of await db.selectFrom('verdicts').select(['key', 'outcome']).where('key', 'in', batch).execute()) out.set(row.key, row.outcome);
  }
  return out;
}

export async function saveVerdicts(db: Kysely<GradebookSchema>, verdicts: { key: string; outcome: string }[]): Promise<void> {
  for (const batch of chunks(verdicts, 200)) {
    if (batch.length === 0) continue;
    await db.insertInto('verdicts').values(batch).onConflict((oc) => oc.column('key').doNothing()).execute();
  }
}
