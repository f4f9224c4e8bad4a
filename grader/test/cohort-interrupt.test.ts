import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGradebook } from '@roadmap/gradebook';
import { loadCurriculum } from '../src/catalog/curriculum.ts';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { gradeCohort } from '../src/cohort/grade-cohort.ts';
import { makeSyntheticCohort } from '../src/cohort/synthetic-cohort.ts';
import { roadmapBin } from './_cli.ts';

// kill -9 in the middle of grading a class: the gradebook holds only whole runs, and the next
// run grades exactly the students still missing.
const only = ['07-algorithms'];
let dir: string;
const db = () => path.join(dir, 'gradebook.sqlite');

const storedRuns = async () => {
  const gb = await openGradebook(db());
  try {
    const runs = await gb.db.selectFrom('runs').select(['id', 'student_id']).execute();
    const counts = await gb.db.selectFrom('exercise_results').select(['run_id']).execute();
    return runs.map((r) => ({ student: r.student_id, exercises: counts.filter((c) => c.run_id === r.id).length }));
  } finally {
    await gb.close();
  }
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-kill-'));
  const stages = (await loadCurriculum()).filter((s) => only.includes(s.id));
  makeSyntheticCohort(dir, stages, { students: 8, faultsPerStudent: 1, seed: 3 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('interrupting cohort grading with kill -9', () => {
  it('leaves only complete runs, and the next run finishes the rest', async () => {
    const exercises = (await loadCurriculum()).filter((s) => only.includes(s.id)).reduce((n, s) => n + s.exercises.length, 0);
    const args = [roadmapBin, 'cohort', 'grade', '--roster', path.join(dir, 'roster.csv'), '--submissions', path.join(dir, 'submissions'), '--db', db(), '--stages', only.join(','), '--parallel', '1'];
    const child = spawn(process.execPath, args, { cwd: graderWorkspace, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const closed = new Promise((r) => child.on('close', r));
    let exited = false;
    void closed.then(() => (exited = true));
    // Wait until some students are stored, then kill the whole process group without warning.
    let seen = 0;
    for (let i = 0; i < 600 && seen < 2 && !exited; i++) {
      await new Promise((r) => setTimeout(r, 500));
      if (existsSync(db())) seen = await storedRuns().then((r) => r.length, () => 0);
    }
    expect(exited, `the grading ended before it could be killed:\n${output}`).toBe(false);
    process.kill(-child.pid!, 'SIGKILL');
    await closed;
    const partial = await storedRuns();
    expect(partial.length).toBeGreaterThanOrEqual(2);
    expect(partial.length).toBeLessThan(8);
    for (const r of partial) expect(r.exercises, r.student).toBe(exercises);

    const resumed = await gradeCohort({ roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db: db(), only });
    expect(resumed.skipped).toBe(partial.length);
    expect(resumed.graded).toBe(8 - partial.length);
    const all = await storedRuns();
    expect(all.map((r) => r.student).sort()).toEqual(['s001', 's002', 's003', 's004', 's005', 's006', 's007', 's008']);
    for (const r of all) expect(r.exercises, r.student).toBe(exercises);
  });
});
