import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import type { ExerciseOutcome } from '../src/run/classify.ts';
import { copyRepo } from './_cli.ts';

// The stage task turbo runs: after an edit it grades only the exercises whose code changed and
// replays the rest from their content-addressed outcomes.
const require = createRequire(import.meta.url);
const copy = copyRepo(['exercises/07-algorithms']);
afterAll(() => copy.dispose());
const pkg = path.join(copy.root, 'exercises', '07-algorithms');
const gradeStage = () => {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(graderWorkspace, 'grader/src/cli/grade-stage.ts')], { cwd: pkg, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(readFileSync(path.join(pkg, '.grade', 'result.json'), 'utf8')) as { outcomes: ExerciseOutcome[] }).outcomes;
};
const statusOf = (os: ExerciseOutcome[], id: string) => os.find((o) => o.exercise === id)!;

describe('a stage re-graded after one edit', () => {
  it('grades the edited exercise again and replays the others', () => {
    const first = gradeStage();
    expect(first.every((o) => o.status === 'not-started')).toBe(true);
    // Mark a stored outcome so a replay can be told from a fresh grading.
    const file = path.join(pkg, '.grade', 'verdicts.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ExerciseOutcome>;
    expect(Object.keys(stored)).toHaveLength(first.length);
    for (const o of Object.values(stored)) o.message = 'replayed';
    writeFileSync(file, JSON.stringify(stored));
    copyFileSync(path.join(graderWorkspace, 'solutions/07-algorithms/src/bisect.ts'), path.join(pkg, 'src', 'bisect.ts'));
    const second = gradeStage();
    expect(statusOf(second, 'bisect')).toMatchObject({ status: 'passed' });
    expect(statusOf(second, 'bisect').message).not.toBe('replayed');
    expect(second.filter((o) => o.exercise !== 'bisect').map((o) => o.message)).toEqual(Array(first.length - 1).fill('replayed'));
  }, 300_000);
});
