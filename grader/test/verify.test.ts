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
  it('finds no problem in the pilot stage as committed', async () => {
    copy = copyRepo(parts);
    const report = await verify(copy.root, ['07']);
    expect(report.problems).toEqual([]);
    expect(report.graded).toBeGreaterThan(report.exercises * 3);
  });

  it('fails, naming the stub and the tests, when a stub is made to pass', async () => {
    copy = copyRepo(parts);
    const stub = 'exercises/07-algorithms/src/bisect.ts';
    writeFileSync(path.join(copy.root, stub), readFileSync(path.join(copy.root, 'solutions/07-algorithms/src/bisect.ts'), 'utf8'));
    const r = cli(['verify', '07', '--root', copy.root]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(stub);
    expect(r.stdout).toMatch(/the stub passes tests "bisectLeft > .+": every test must fail on the stub/);
  });

  it('fails, naming the manifest entry, when a hint is emptied', async () => {
    copy = copyRepo(parts);
    edit(copy.root, 'exercises/07-algorithms/stage.ts', (s) => s.replace(/hints: \[\s*'[^']*'/, "hints: [\n        ''"));
    const report = await verify(copy.root, ['07']);
    expect(report.problems.map((p) => `${p.file}: ${p.message}`)).toContainEqual(
      'exercises/07-algorithms/stage.ts: stage.exercises.0.hints.0: must not be empty: write what a stuck learner should try',
    );
  });

  it('fails when a mistake variant passes the hidden suite', async () => {
    copy = copyRepo(parts);
    const mistake = 'grader/mistakes/07-algorithms/bisect/ignores-bounds.ts';
    writeFileSync(path.join(copy.root, mistake), `// Mistake: (planted) the solution itself\n${readFileSync(path.join(copy.root, 'solutions/07-algorithms/src/bisect.ts'), 'utf8')}`);
    const report = await verify(copy.root, ['07']);
    expect(report.problems).toContainEqual(expect.objectContaining({ file: mistake, message: expect.stringContaining('accepts this mistake variant') }));
  });

  it('fails when a stub changes an exported signature', async () => {
    copy = copyRepo(parts);
    edit(copy.root, 'exercises/07-algorithms/src/bisect.ts', (s) => s.replace('export function bisectRight<T, K = T>(a: readonly T[], x: K,', 'export function bisectRight<T, K = T>(a: readonly T[], x: string,'));
    const report = await verify(copy.root, ['07']);
    expect(report.problems).toContainEqual(expect.objectContaining({ file: 'exercises/07-algorithms/src/bisect.ts', message: expect.stringContaining('exports bisectRight with another type') }));
  });
});
