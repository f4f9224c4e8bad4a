import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCurriculum } from '../src/catalog/curriculum.ts';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { gradeTree } from '../src/grade/grade-tree.ts';
import type { GradeSummary } from '../src/report/summary.ts';
import { cli, copyRepo } from './_cli.ts';

// A copy of the solutions in which each of several exercises is broken in one way a learner's
// code breaks: the grader must report exactly those exercises, each within bounded time.
const breakages: { name: string; expect: string[]; edit: (src: string) => string }[] = [
  { name: 'an infinite loop at import', expect: ['timeout'], edit: (s) => `while (Date.now() > 0) {}\n${s}` },
  { name: 'a top-level await that never settles', expect: ['timeout'], edit: (s) => `await new Promise(() => {});\n${s}` },
  { name: 'process.exit at import', expect: ['error', 'failed'], edit: (s) => `process.exit(0);\n${s}` },
  { name: 'a throw at import', expect: ['error'], edit: (s) => `throw new Error('boom at import');\n${s}` },
  { name: 'a syntax error', expect: ['error'], edit: (s) => `${s}\nexport const broken = ;\n` },
  { name: 'a memory blow-up', expect: ['error', 'timeout'], edit: (s) => `const hog: number[][] = [];\nfor (;;) hog.push(new Array(1e6).fill(1));\n${s}` },
  { name: 'a flood of output, then a throw', expect: ['error'], edit: (s) => `for (let i = 0; i < 20000; i++) console.log('x'.repeat(2000));\nthrow new Error('after the flood');\n${s}` },
  { name: 'killing its own process at import', expect: ['error'], edit: (s) => `process.kill(process.pid, 'SIGKILL');\n${s}` },
  { name: 'overriding Object.is to make assertions pass', expect: ['error', 'failed'], edit: (s) => `(Object as { is: unknown }).is = () => true;\n${s}` },
];

let copy: ReturnType<typeof copyRepo>;
let summary: GradeSummary;
let seconds = 0;
const broken = new Map<string, (typeof breakages)[number] | 'loop-in-test'>();

beforeAll(async () => {
  const stages = (await loadCurriculum()).filter((s) => ['07-algorithms', '12-data-preprocessing'].includes(s.id));
  copy = copyRepo([]);
  for (const s of stages) {
    mkdirSync(path.join(copy.root, 'exercises'), { recursive: true });
    cpSync(path.join(graderWorkspace, 'solutions', s.id), path.join(copy.root, 'exercises', s.id), { recursive: true, filter: (f) => !f.includes('node_modules') });
  }
  // bisect loops inside a test rather than at import.
  const bisect = path.join(copy.root, 'exercises', '07-algorithms', 'src', 'bisect.ts');
  writeFileSync(bisect, readFileSync(bisect, 'utf8').replaceAll('while (lo < hi)', 'while (lo < hi || lo >= hi)'));
  broken.set('07-algorithms/bisect', 'loop-in-test');
  // Broken exercises are spread out, so the grader has to tell a crash from the exercises graded
  // beside it, and none is imported by another exercise (which would then fail with it).
  const solution = (stage: string, file: string) => readFileSync(path.join(graderWorkspace, 'solutions', stage, 'src', `${file}.ts`), 'utf8');
  const imported = new Set(stages.flatMap((s) => s.exercises.flatMap((e) => [...solution(s.id, e.id).matchAll(/from '\.\/([a-z0-9-]+)\.ts'/g)].map((m) => `${s.id}/${m[1]}`))));
  const others = stages.flatMap((s) => s.exercises).filter((e) => e.key !== '07-algorithms/bisect' && !imported.has(e.key));
  breakages.forEach((b, i) => {
    const e = others[i * 2];
    if (!e) return;
    const file = path.join(copy.root, 'exercises', e.stage, 'src', `${e.id}.ts`);
    writeFileSync(file, b.edit(readFileSync(file, 'utf8')));
    broken.set(e.key, b);
  });
  const started = Date.now();
  const r = cli(['grade', ...stages.map((s) => s.id), '--target', copy.root, '--json', '--timeout', '4000']);
  seconds = (Date.now() - started) / 1000;
  summary = JSON.parse(r.stdout) as GradeSummary;
}, 180_000);

afterAll(() => copy?.dispose());

describe('grading broken code', () => {
  it('breaks at least eight different exercises', () => {
    expect(broken.size).toBeGreaterThanOrEqual(8);
  });
  it('finishes within 60 s', () => {
    expect(seconds).toBeLessThan(60);
  });
  it('reports each broken exercise with the status its breakage calls for', () => {
    const got = summary.stages.flatMap((s) => s.exercises.map((e) => [`${s.id}/${e.id}`, e.status] as const));
    for (const [key, how] of broken) {
      const status = got.find(([k]) => k === key)?.[1];
      const allowed = how === 'loop-in-test' ? ['timeout'] : how.expect;
      expect(allowed, `${key} (${how === 'loop-in-test' ? 'an infinite loop in a test' : how.name}) was ${status}`).toContain(status);
    }
  });
  it('still passes every exercise that was not broken', () => {
    const notPassed = summary.stages.flatMap((s) => s.exercises.filter((e) => !broken.has(`${s.id}/${e.id}`) && e.status !== 'passed').map((e) => `${s.id}/${e.id}: ${e.status}`));
    expect(notPassed).toEqual([]);
  });
  it('names the looping test of a timeout', () => {
    const bisect = summary.stages.find((s) => s.id === '07-algorithms')?.exercises.find((e) => e.id === 'bisect');
    expect(bisect?.message).toMatch(/^"bisect\w* > .+" ran longer than 4 s/);
  });
});

describe('a crash in a shared test file', () => {
  it('is narrowed down to the exercise that crashed, and its neighbours pass', async () => {
    const stages = (await loadCurriculum()).filter((s) => ['07-algorithms', '12-data-preprocessing'].includes(s.id));
    const tree = copyRepo([]);
    try {
      for (const s of stages) cpSync(path.join(graderWorkspace, 'solutions', s.id), path.join(tree.root, s.id), { recursive: true });
      // Killed while its test file is collected: no exercise of that file reports anything.
      const killer = path.join(tree.root, '12-data-preprocessing', 'src', 'rank.ts');
      writeFileSync(killer, `process.kill(process.pid, 'SIGKILL');\n${readFileSync(killer, 'utf8')}`);
      const outcomes = await gradeTree(tree.root, stages.flatMap((s) => s.exercises), { batch: 'crashed', typecheck: false });
      expect(outcomes.filter((o) => o.status !== 'passed').map((o) => `${o.exercise}: ${o.status}`)).toEqual(['rank: error']);
    } finally {
      tree.dispose();
    }
  }, 120_000);
});
