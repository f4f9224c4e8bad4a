import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCurriculum, type Stage } from '../src/catalog/curriculum.ts';
import { gradeCohort, shardOf } from '../src/cohort/grade-cohort.ts';
import { readRoster, RosterError } from '../src/cohort/roster.ts';
import type { CohortReport } from '../src/cohort-report/report-types.ts';
import { writeReport } from '../src/cohort-report/write-report.ts';
import { makeSyntheticCohort, type SyntheticStudent } from '../src/cohort/synthetic-cohort.ts';
import { readBack } from './_gradebook.ts';
import { postgresAvailable, startPostgres } from './_postgres.ts';

// A class of copies of the solutions with known mistakes planted, graded into each backend:
// what the gradebook stores must be exactly the planted faults.
const only = ['07-algorithms'];
let dir: string;
let stages: Stage[];
let students: SyntheticStudent[];
let exercises: number;

const expected = () =>
  Object.fromEntries(
    students.map((s) => [
      s.id,
      s.kind === 'submission'
        ? { submission: 'graded', notPassed: s.faults.map((f) => `${f.stage}/${f.exercise}`).sort(), exercises }
        : { submission: 'no-submission', notPassed: [], exercises: 0 },
    ]),
  );
const stored = async (url: string) => {
  const back = await readBack(url);
  // A run that could not start (sandbox, runner) shows its reason here rather than as a diff.
  expect(Object.values(back).flatMap((s) => s.crashed.slice(0, 1))).toEqual([]);
  return Object.fromEntries(Object.entries(back).map(([id, s]) => [id, { submission: s.submission, notPassed: s.notPassed, exercises: s.exercises }]));
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-cohort-'));
  stages = (await loadCurriculum()).filter((s) => only.includes(s.id));
  exercises = stages.reduce((n, s) => n + s.exercises.length, 0);
  students = makeSyntheticCohort(dir, stages, { students: 7, missing: 1, empty: 1, faultsPerStudent: 2, seed: 7 });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the roster', () => {
  it('is refused with every bad line listed, and nothing is written', async () => {
    const roster = path.join(dir, 'bad.csv');
    writeFileSync(roster, 'student_id,name,email\na1,Ann,a@x\n,No Id,n@x\na1,Again,b@x\nbad id!,X,x@x\nb2,Short\n');
    const db = path.join(dir, 'never.sqlite');
    const err = await gradeCohort({ roster, submissions: path.join(dir, 'submissions'), db }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RosterError);
    expect((err as RosterError).problems).toEqual([
      'line 3: empty student_id',
      'line 4: student_id "a1" repeats line 2',
      'line 5: student_id "bad id!" may hold only letters, digits, ".", "_" and "-" (it names the submission folder)',
      'line 6: has 2 fields, the header has 3',
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('is refused when a required column is missing or the file is not UTF-8', () => {
    const a = path.join(dir, 'nohead.csv');
    writeFileSync(a, 'id,name,email\nx,y,z\n');
    expect(() => readRoster(a)).toThrow(/line 1: the header lacks student_id/);
    const b = path.join(dir, 'latin1.csv');
    writeFileSync(b, Buffer.concat([Buffer.from('student_id,name,email\nz1,'), Buffer.from([0x4a, 0xfc, 0x72, 0x67]), Buffer.from(',j@x\n')]));
    expect(() => readRoster(b)).toThrow(/line 2: not valid UTF-8/);
  });
});

describe('grading a synthetic class', () => {
  it('stores exactly the planted faults in the embedded gradebook, and skips it all the second time', async () => {
    const db = path.join(dir, 'gb.sqlite');
    const first = await gradeCohort({ roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db, only });
    expect(first).toMatchObject({ students: 7, graded: 5, missing: 2, unfinished: 0 });
    expect(await stored(db)).toEqual(expected());
    const again = await gradeCohort({ roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db, only });
    expect(again).toMatchObject({ skipped: 7, graded: 0, gradings: 0 });

    // The report of the graded class says the same: each student's planted faults, nothing else.
    const report = JSON.parse((await writeReport({ db, format: 'json', curriculum: stages })).stdout!) as CohortReport;
    const perStudent = Object.fromEntries(report.students.map((s) => [s.id, s.stages['07-algorithms']]));
    for (const s of students) {
      expect(perStudent[s.id], s.id).toEqual(
        s.kind === 'submission' ? { status: s.faults.length ? 'in-progress' : 'passed', passed: exercises - s.faults.length, total: exercises } : { status: 'no-submission', passed: 0, total: exercises },
      );
    }
    const faulty = new Set(students.flatMap((s) => (s.kind === 'submission' ? s.faults.map((f) => f.exercise) : [])));
    expect(report.mostFailedTests.length).toBeGreaterThan(0);
    for (const t of report.mostFailedTests) expect(faulty.has(t.exercise), t.exercise).toBe(true);
  });

  it('splits the roster into shards that cover every student exactly once', () => {
    const roster = readRoster(path.join(dir, 'roster.csv'));
    const parts = [1, 2, 3].map((index) => shardOf(roster, { index, count: 3 }).map((s) => s.id));
    expect(parts.flat().sort()).toEqual(roster.map((s) => s.id).sort());
  });
});

describe.runIf(postgresAvailable())('the PostgreSQL gradebook', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  beforeAll(async () => {
    pg = await startPostgres();
    pg.createDb('whole');
    pg.createDb('sharded');
  }, 120_000);
  afterAll(() => pg?.stop());

  it('stores exactly the planted faults', async () => {
    await gradeCohort({ roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db: pg.url('whole'), only });
    expect(await stored(pg.url('whole'))).toEqual(expected());
  });

  it('gets the same gradebook from two shards graded at once as from one run', async () => {
    const base = { roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db: pg.url('sharded'), only };
    const [a, b] = await Promise.all([gradeCohort({ ...base, shard: { index: 1, count: 2 } }), gradeCohort({ ...base, shard: { index: 2, count: 2 } })]);
    expect(a.students + b.students).toBe(7);
    expect(await stored(pg.url('sharded'))).toEqual(await stored(pg.url('whole')));
  });
});
