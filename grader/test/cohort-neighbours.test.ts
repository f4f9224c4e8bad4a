import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { openGradebook } from '@roadmap/gradebook';
import { gradeCohort } from '../src/cohort/grade-cohort.ts';
import type { ExerciseOutcome } from '../src/run/classify.ts';
import { readBack, type StoredStudent } from './_gradebook.ts';

// A student's exercises are graded together in one test file, so one of them can break another
// (here linked-list.ts patches the MinHeap class the heap's own tests use). That hurts only its
// author: another student with the very same heap code must not inherit the failure.
const only = ['06-data-structures'];
const dirs: string[] = [];

/** Grades the saboteur and then a bystander with the same heap, `parallel` students at a time. */
async function gradeNeighbours(parallel: number): Promise<{ results: Record<string, StoredStudent>; heapVerdicts: ExerciseOutcome[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-neighbours-'));
  dirs.push(dir);
  for (const id of ['saboteur', 'bystander']) {
    const src = path.join(dir, 'submissions', id, 'exercises', only[0]!, 'src');
    mkdirSync(src, { recursive: true });
    cpSync(path.join(graderWorkspace, 'solutions', only[0]!, 'src'), src, { recursive: true });
  }
  const list = path.join(dir, 'submissions', 'saboteur', 'exercises', only[0]!, 'src', 'linked-list.ts');
  writeFileSync(list, `import { MinHeap } from './min-heap.ts';\n(MinHeap.prototype as { push: unknown }).push = function () {};\n${readFileSync(list, 'utf8')}`);
  writeFileSync(path.join(dir, 'roster.csv'), 'student_id,name,email\nsaboteur,S,s@example.edu\nbystander,B,b@example.edu\n');
  await gradeCohort({ roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db: path.join(dir, 'gradebook.sqlite'), only, parallel });
  const gb = await openGradebook(path.join(dir, 'gradebook.sqlite'));
  try {
    const rows = await gb.db.selectFrom('verdicts').select('outcome').execute();
    const heapVerdicts = rows.map((r) => JSON.parse(r.outcome) as ExerciseOutcome).filter((o) => o.exercise === 'min-heap');
    return { results: await readBack(path.join(dir, 'gradebook.sqlite')), heapVerdicts };
  } finally {
    await gb.close();
  }
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// Side by side, the bystander finds the saboteur's heap still being graded; one after the other,
// it finds the saboteur's failure already known. Neither may pass that failure on.
describe.each([
  ['side by side', 2],
  ['one after the other', 1],
])('exercises graded side by side, students graded %s', (_, parallel) => {
  let results: Record<string, StoredStudent>;
  let heapVerdicts: ExerciseOutcome[];
  beforeAll(async () => {
    ({ results, heapVerdicts } = await gradeNeighbours(parallel));
  }, 300_000);

  it('let a student break their own heap from another file', () => {
    expect(results.saboteur?.notPassed).toContain('06-data-structures/min-heap');
  });

  it('never pass that failure on to another student with the same heap', () => {
    expect(results.bystander?.notPassed).toEqual([]);
  });

  // The bystander's heap is graded again: on its own while the saboteur's grading is still
  // running, in the bystander's own batch (no worker of its own) once its failure is known.
  it(`grades the bystander's heap ${parallel === 1 ? "in the bystander's own batch" : 'on its own'}, and keeps that pass`, () => {
    expect(heapVerdicts.map((o) => ({ status: o.status, batched: o.batched ?? false }))).toEqual([{ status: 'passed', batched: parallel === 1 }]);
  });
});
