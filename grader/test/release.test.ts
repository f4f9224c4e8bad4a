import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { makeRelease } from '../src/release/make-release.ts';
import { repositoryFiles, withheld } from '../src/release/release-files.ts';

// The student copy: nothing of the hidden suites or solutions anywhere in it, and it installs,
// typechecks and grades on its own.
let dir: string;
let copy: string;
const inCopy = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' }, maxBuffer: 64 << 20 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-release-'));
  copy = path.join(dir, 'student');
  makeRelease(copy);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the student copy', () => {
  it('has no solutions, hidden suites, mistakes or goldens, by path or by content', () => {
    const files = repositoryFiles(copy);
    expect(files.filter((f) => withheld(f))).toEqual([]);
    expect(files.some((f) => f.startsWith('exercises/07-algorithms/src/'))).toBe(true);
    // Every line of a withheld file that no public file of the repository also has.
    const source = repositoryFiles(graderWorkspace);
    const lines = (f: string, root: string) => readFileSync(path.join(root, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length >= 25);
    const publicLines = new Set(source.filter((f) => !withheld(f)).flatMap((f) => lines(f, graderWorkspace)));
    const secret = new Set(source.filter((f) => withheld(f) && !f.startsWith('.')).flatMap((f) => lines(f, graderWorkspace)).filter((l) => !publicLines.has(l)));
    expect(secret.size).toBeGreaterThan(10_000);
    const leaks = files.flatMap((f) => lines(f, copy).filter((l) => secret.has(l)).map((l) => `${f}: ${l.slice(0, 80)}`));
    expect(leaks).toEqual([]);
    expect(readFileSync(path.join(copy, 'tsconfig.json'), 'utf8')).not.toMatch(/solutions|grader\/suites/);
    expect(readFileSync(path.join(copy, 'pnpm-lock.yaml'), 'utf8')).not.toMatch(/^ {2}solutions\//m);
  });

  it('installs from its own lockfile, typechecks, and grades with the visible tests, saying so', () => {
    let r = inCopy('pnpm', ['install', '--frozen-lockfile', '--offline']);
    expect(r.code, r.out).toBe(0);
    r = inCopy('pnpm', ['-s', 'typecheck']);
    expect(r.code, r.out).toBe(0);
    r = inCopy('pnpm', ['-s', 'grade', '07-algorithms', '--json']);
    const summary = JSON.parse(r.out.slice(r.out.indexOf('{'))) as { tests: string; stages: { exercises: { status: string }[] }[] };
    expect(summary.tests).toBe('visible');
    expect(summary.stages[0]!.exercises.map((e) => e.status).every((s) => s === 'not-started')).toBe(true);
    copyFileSync(path.join(graderWorkspace, 'solutions/07-algorithms/src/bisect.ts'), path.join(copy, 'exercises/07-algorithms/src/bisect.ts'));
    r = inCopy('pnpm', ['-s', 'grade', 'bisect']);
    expect(r.out).toMatch(/bisect\s+\d+\/\d+\s+✔ passed/);
    expect(r.out).toMatch(/student copy.*instructor grades with hidden tests/s);
  }, 600_000);

  it('refuses the instructor and maintainer commands with a clear message', () => {
    for (const args of [['solution', 'bisect'], ['cohort', 'grade', '--roster', 'r.csv', '--submissions', 's']]) {
      const r = inCopy('node', ['--import', 'tsx', 'grader/src/cli/main.ts', ...args]);
      expect([r.code, r.out]).toEqual([1, expect.stringMatching(/E_STUDENT_COPY/)]);
    }
  }, 120_000);
});

describe('making a copy', () => {
  it('refuses a folder that is not empty, or one inside the repository, and writes nothing', () => {
    const busy = path.join(dir, 'busy');
    mkdirSync(busy);
    writeFileSync(path.join(busy, 'keep.txt'), 'mine');
    expect(() => makeRelease(busy)).toThrow(/not an empty folder/);
    expect(readFileSync(path.join(busy, 'keep.txt'), 'utf8')).toBe('mine');
    expect(() => makeRelease(path.join(graderWorkspace, 'student-copy'))).toThrow(/inside this repository/);
    expect(existsSync(path.join(graderWorkspace, 'student-copy'))).toBe(false);
  });
});
