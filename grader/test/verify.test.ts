import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verify } from '../src/verify/verify.ts';
import { cli, copyRepo } from './_cli.ts';

// pnpm verify over a copy of the pilot stage 07, pristine and with one defect planted.
const parts = ['exercises/07-algorithms', 'solutions/07-algorithms', 'grader/suites/07-algorithms', 'grader/mistakes/07-algorithms'];
let copy: ReturnType<typeof copyRepo> | undefined;
afterEach(() => copy?.dispose());

const edit = (root: string, file: string, fn: (s: string) => string) => writeFileSync(path.join(root, file), fn(readFileSync(path.join(root, file), 'utf8')));

describe('pnpm verify', () => {
  // One grading run over a copy with three defects planted in different places: each must be
  // reported with its file (a stub replaced by its solution also loses its TODO markers), and
  // nothing else, so the rest of the stage is shown to be clean.
  it('fails, naming each file, when a stub passes, a mistake variant passes and a signature changes', () => {
    copy = copyRepo(parts);
    const stub = 'exercises/07-algorithms/src/sorting.ts';
    writeFileSync(path.join(copy.root, stub), readFileSync(path.join(copy.root, 'solutions/07-algorithms/src/sorting.ts'), 'utf8'));
    const mistake = 'grader/mistakes/07-algorithms/bisect/ignores-bounds.ts';
    writeFileSync(path.join(copy.root, mistake), `// Mistake: (planted) the solution itself\n${readFileSync(path.join(copy.root, 'solutions/07-algorithms/src/bisect.ts'), 'utf8')}`);
    edit(copy.root, 'exercises/07-algorithms/src/bisect.ts', (s) => s.replace('export function bisectRight<T, K = T>(a: readonly T[], x: K,', 'export function bisectRight<T, K = T>(a: readonly T[], x: string,'));
    const r = cli(['verify', '07', '--root', copy.root]);
    expect(r.code).toBe(1);
    const problems = [...r.stdout.matchAll(/^✘ (\S+) \((\S+)\)\n {4}(.*)$/gm)].map((m) => `${m[1]}: ${m[3]}`);
    expect(problems.sort()).toEqual(
      [
        expect.stringMatching(/^exercises\/07-algorithms\/src\/bisect\.ts: .*exports bisectRight with another type/),
        expect.stringMatching(/^exercises\/07-algorithms\/src\/sorting\.ts: has no "\/\/ TODO:" marking/),
        expect.stringMatching(/^exercises\/07-algorithms\/src\/sorting\.ts: never calls todo\(\)/),
        expect.stringMatching(/^exercises\/07-algorithms\/src\/sorting\.ts: the stub passes tests ".+": every test must fail on the stub/),
        expect.stringMatching(/^exercises\/07-algorithms\/test\/sorting\.test\.ts: the stub, under the visible tests passes tests/),
        expect.stringMatching(/^grader\/mistakes\/07-algorithms\/bisect\/ignores-bounds\.ts: the hidden suite accepts this mistake variant/),
      ],
    );
    expect(r.stdout).toMatch(/verify: \d+ passed, 6 failed/);
  });

  it('fails, naming the manifest entry, when a hint is emptied', async () => {
    copy = copyRepo(parts);
    edit(copy.root, 'exercises/07-algorithms/stage.ts', (s) => s.replace(/hints: \[\s*'[^']*'/, "hints: [\n        ''"));
    const report = await verify(copy.root, ['07']);
    expect(report.problems.map((p) => `${p.file}: ${p.message}`)).toContainEqual(
      'exercises/07-algorithms/stage.ts: stage.exercises.0.hints.0: must not be empty: write what a stuck learner should try',
    );
  });
});
