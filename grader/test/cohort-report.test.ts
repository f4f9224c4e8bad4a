import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openGradebook } from '@roadmap/gradebook';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../src/cohort-report/write-report.ts';
import type { CohortReport } from '../src/cohort-report/report-types.ts';
import { cli } from './_cli.ts';
import { postgresAvailable, startPostgres } from './_postgres.ts';
import { AS_OF, CURRICULUM, EXPECTED_MATRIX, EXPECTED_MOST_FAILED, EXPECTED_SCORES, EXPECTED_STAGES, EXPECTED_STUCK, fillReportFixture, ROSTER } from './_report-fixture.ts';

let dir: string;
let db: string;
const report = async (format: 'json' | 'csv' | 'table' | 'html' | 'gradescope', extra: { out?: string; url?: string } = {}) =>
  writeReport({ db: extra.url ?? db, format, asOf: AS_OF, curriculum: CURRICULUM, ...(extra.out ? { out: extra.out } : {}) });
const json = async (url?: string) => JSON.parse((await report('json', url ? { url } : {})).stdout!) as CohortReport;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-report-'));
  db = path.join(dir, 'gb.sqlite');
  await fillReportFixture(db);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the JSON report of a class with known faults and back-dated runs', () => {
  it('gives each student the matrix worked out by hand, ignoring runs after --as-of', async () => {
    const r = await json();
    const matrix = Object.fromEntries(r.students.map((s) => [s.id, r.stages.map((st) => [s.stages[st.id]!.status, s.stages[st.id]!.passed])]));
    expect(matrix).toEqual(EXPECTED_MATRIX);
    expect(r.students.map((s) => s.id)).toEqual(ROSTER);
    expect(r.students.find((s) => s.id === 's3')!.lastGradedAt).toBe('2026-11-27T12:00:00.000Z');
    expect(r.students.find((s) => s.id === 's5')).toMatchObject({ lastGradedAt: null, submission: 'never-graded' });
    expect(r.students.every((s) => Object.values(s.stages).every((c) => c.total === (c === s.stages['01-alpha'] ? 3 : 2)))).toBe(true);
  });

  it('gives pass rates over students with a submission, the most-failed tests and the stalled students', async () => {
    const r = await json();
    expect(r.stages.map(({ id, passRate, completed }) => ({ id, passRate, completed }))).toEqual(EXPECTED_STAGES);
    expect(r.mostFailedTests).toEqual(EXPECTED_MOST_FAILED);
    expect(r.stuck).toEqual(EXPECTED_STUCK);
  });

  it('moves the stalled list with --as-of and --stuck-days', async () => {
    const earlier = await writeReport({ db, format: 'json', asOf: new Date('2026-11-14T12:00:00Z'), stuckDays: 3, curriculum: CURRICULUM });
    const r = JSON.parse(earlier.stdout!) as CohortReport;
    // On day -16, s1 and s2 each had one run (day -20: 4 days back), s6 had gained nothing since day -30; s7 had no run yet.
    expect(r.stuck.map((s) => [s.id, s.days])).toEqual([['s6', 14], ['s1', 4], ['s2', 4]]);
  });

  it('charts the roster share of exercises passed per day from the first run to --as-of', async () => {
    const r = await json();
    expect(r.progress.cohort).toHaveLength(31);
    expect(r.progress.cohort[0]).toEqual({ date: '2026-10-31', share: 0 });
    expect(r.progress.cohort.find((p) => p.date === '2026-11-10')).toEqual({ date: '2026-11-10', share: 0.0571 }); // s1 and s2 pass a: 2 of 35
    expect(r.progress.cohort.at(-1)).toEqual({ date: '2026-11-30', share: 0.2857 }); // 10 of 35
    expect(r.progress.students.s1!.map((p) => p.passed)).toEqual([1, 3, 5]);
  });

  it.runIf(postgresAvailable())('reads the same from a PostgreSQL gradebook', async () => {
    const pg = await startPostgres();
    try {
      pg.createDb('report');
      await fillReportFixture(pg.url('report'));
      const [a, b] = [await json(), await json(pg.url('report'))];
      expect({ ...b, generatedAt: '' }).toEqual({ ...a, generatedAt: '' });
    } finally {
      pg.stop();
    }
  }, 120_000);
});

describe('the other formats', () => {
  it('csv: one row per student and one column per stage, with the points possible', async () => {
    const rows = parse((await report('csv')).stdout!) as string[][];
    expect(rows[0]).toEqual(['student_id', 'name', 'email', '01-alpha', '02-beta', 'passed', 'total', 'last_graded_at']);
    expect(rows[1]!.slice(0, 7)).toEqual(['Points Possible', '', '', '3', '2', '5', '']);
    const got = Object.fromEntries(rows.slice(2).map((r) => [r[0], [Number(r[3]), Number(r[4])]]));
    expect(got).toEqual(Object.fromEntries(Object.entries(EXPECTED_MATRIX).map(([id, [x, y]]) => [id, [x[1], y[1]]])));
    expect(rows.find((r) => r[0] === 's2')![1]).toBe('Ben "B" Ng');
  });

  it('table: the matrix in symbols, no line wider than 80 columns', async () => {
    const text = (await report('table')).stdout!;
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const row = (id: string) => text.split('\n').find((l) => l.startsWith(`${id} `))!.replace(/\s+/g, ' ').trim();
    expect(row('s1')).toBe('s1 ✔ ✔ 5/5');
    expect(row('s2')).toBe('s2 33 · 1/5');
    expect(row('s4')).toBe('s4 - - none');
    expect(row('s5')).toBe('s5 - - never');
    expect(row('s7')).toBe('s7 ✔ 50 4/5');
    expect(text).toMatch(/pass rate %\s+47\s+30/);
    expect(text).toMatch(/s6 {2}on 01-alpha, 30 days since 2026-10-31/);
  });

  it("gradescope: one results.json per student in the autograder's schema, hidden tests marked", async () => {
    const out = path.join(dir, 'gs');
    const written = await report('gradescope', { out });
    expect(written.files).toHaveLength(7);
    for (const id of ROSTER) {
      const r = JSON.parse(readFileSync(path.join(out, id, 'results.json'), 'utf8'));
      expect(Object.keys(r).sort()).toEqual(['execution_time', 'output', 'score', 'stdout_visibility', 'tests', 'visibility']);
      expect(r.score, id).toBe(EXPECTED_SCORES[id]);
      const max = r.tests.reduce((a: number, t: { max_score: number }) => a + t.max_score, 0);
      expect(max, id).toBe(50);
      for (const t of r.tests) {
        expect(Object.keys(t).sort()).toEqual(['max_score', 'name', 'number', 'output', 'score', 'status', 'tags', 'visibility']);
        expect(['passed', 'failed']).toContain(t.status);
        expect(t.visibility).toBe('after_due_date');
      }
    }
    const s2 = JSON.parse(readFileSync(path.join(out, 's2', 'results.json'), 'utf8'));
    expect(s2.tests.find((t: { name: string }) => t.name === '01-alpha › a › case 2')).toMatchObject({ status: 'failed', score: 0, max_score: 5, output: 'expected 2, received -2' });
    expect(JSON.parse(readFileSync(path.join(out, 's4', 'results.json'), 'utf8')).tests).toHaveLength(5);
  });
});

describe('bad input changes nothing and says what to do', () => {
  it('refuses an unknown database URL, a missing gradebook, a newer gradebook, a bad date and an unwritable --out', async () => {
    const run = (...args: string[]) => cli(['cohort', 'report', ...args]);
    let r = run('--db', 'mysql://x/y');
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/E_DB_URL.*postgres:\/\//)]);
    r = run('--db', path.join(dir, 'none.sqlite'));
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/E_DB_MISSING.*pnpm cohort grade/)]);
    expect(existsSync(path.join(dir, 'none.sqlite'))).toBe(false);
    r = run('--db', db, '--as-of', 'last tuesday');
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/E_USAGE.*not a date/)]);
    r = run('--db', db, '--format', 'pdf');
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/E_USAGE.*table, csv, json, html, gradescope/)]);
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    r = run('--db', db, '--format', 'html', '--out', path.join(blocker, 'report.html'));
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/E_OUT/)]);
    r = run('--db', db, '--format', 'gradescope', '--out', blocker);
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/E_OUT.*a file/)]);

    const newer = path.join(dir, 'newer.sqlite');
    await fillReportFixture(newer);
    const gb = await openGradebook(newer);
    await gb.db.insertInto('kysely_migration' as never).values({ name: '9999_from_the_future', timestamp: new Date().toISOString() } as never).execute();
    await gb.close();
    r = run('--db', newer);
    expect([r.code, r.stderr]).toEqual([1, expect.stringMatching(/E_DB_NEWER.*git pull/)]);
  });

  it('prints the table from the command line', () => {
    const r = cli(['cohort', 'report', '--db', db, '--as-of', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cohort as of 2026-11-30 23:59 UTC · 7 students/);
  });
});
