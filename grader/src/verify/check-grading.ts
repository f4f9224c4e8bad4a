import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Stage } from '../catalog/curriculum.ts';
import { graderWorkspace, suitePath } from '../catalog/workspace.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import { bwrapAvailable } from '../run/worker-sandbox.ts';
import { gradeEntries } from '../run/grade-entries.ts';
import type { RunEntry } from '../run/spec.ts';
import { mistakeFiles } from './check-layout.ts';
import { type Problem, problem } from './problems.ts';

type Expectation = 'pass' | 'not-started' | 'reject';

interface Check {
  entry: RunEntry;
  expect: Expectation;
  what: string;
  file: string;
}

const firstFailure = (o: ExerciseOutcome) => {
  const t = o.tests.find((x) => x.status === 'failed');
  return o.message ?? (t ? `"${t.name}": ${(t.message ?? '').split('\n')[0]}` : 'no tests ran');
};

/**
 * Grades, in two runs: the solutions (every hidden test passes), the stubs (every test fails on
 * the not-implemented error), each mistake variant (rejected), and the visible tests against the
 * solutions (they pass) and the stubs (not started, as a student copy grades them).
 */
export async function checkGrading(root: string, stages: Stage[]): Promise<{ problems: Problem[]; graded: number }> {
  const checks: Check[] = [];
  for (const stage of stages) {
    for (const e of stage.exercises) {
      const suite = suitePath(stage.id, e.id, root);
      const stub = path.join(root, 'exercises', stage.id, 'src', `${e.id}.ts`);
      const solution = path.join(root, 'solutions', stage.id, 'src', `${e.id}.ts`);
      if (!existsSync(suite) || !existsSync(stub) || !existsSync(solution)) continue; // reported by the layout check
      const base = { stage: stage.id, exercise: e.id, suite };
      checks.push({ entry: { ...base, implRoot: path.join(root, 'solutions') }, expect: 'pass', what: 'the solution', file: solution });
      checks.push({ entry: { ...base, implRoot: path.join(root, 'exercises') }, expect: 'not-started', what: 'the stub', file: stub });
      for (const m of mistakeFiles(root, stage.id, e.id)) {
        checks.push({ entry: { ...base, implRoot: path.join(root, 'solutions'), overrides: { [`${stage.id}/${e.id}`]: m } }, expect: 'reject', what: 'this mistake variant', file: m });
      }
      const visible = path.join(root, 'exercises', stage.id, 'test', `${e.id}.test.ts`);
      if (existsSync(visible)) {
        checks.push({
          entry: { ...base, suite: visible, implRoot: path.join(root, 'solutions'), redirect: { from: path.join(root, 'exercises', stage.id, 'src'), to: path.join(root, 'solutions', stage.id, 'src') } },
          expect: 'pass',
          what: 'the solution, under the visible tests',
          file: visible,
        });
        // A student copy grades with the visible tests, so on the stub they too must all reach todo().
        const src = path.join(root, 'exercises', stage.id, 'src');
        checks.push({ entry: { ...base, suite: visible, implRoot: path.join(root, 'exercises'), redirect: { from: src, to: src } }, expect: 'not-started', what: 'the stub, under the visible tests', file: visible });
      }
    }
  }
  // What must pass is graded in batches (anything that does not pass is graded again alone, so a
  // batch cannot change a verdict); what must fail, one file each, so no batch can hide a pass.
  const passing = checks.filter((c) => c.expect === 'pass');
  const failing = checks.filter((c) => c.expect !== 'pass');
  const graded = new Map<Check, ExerciseOutcome>();
  // Graded as a cohort grades a student (each worker confined to its own files), so a suite that
  // needs anything a student's worker may not reach fails here, not in an instructor's run.
  const isolate = { hide: [], bwrap: bwrapAvailable() };
  const passed = await gradeEntries(graderWorkspace, passing.map((c) => c.entry), { batch: 'not-passed', isolate });
  passing.forEach((c, i) => graded.set(c, passed[i]!));
  const failed = await gradeEntries(graderWorkspace, failing.map((c) => c.entry));
  failing.forEach((c, i) => graded.set(c, failed[i]!));
  const outcomes = checks.map((c) => graded.get(c)!);
  const problems: Problem[] = [];
  checks.forEach((c, i) => {
    const o = outcomes[i]!;
    const rel = path.relative(root, c.file);
    const at = (msg: string) => problems.push(problem(c.entry.stage, c.entry.exercise, rel, msg));
    if (c.expect === 'pass' && o.status !== 'passed') {
      at(`${c.what} does not pass (${o.status}, ${o.passed}/${o.total}): ${firstFailure(o)}\n    Fix the solution or the test.`);
    }
    if (c.expect === 'not-started' && o.status !== 'not-started') {
      const passing = o.tests.filter((t) => t.status === 'passed').map((t) => `"${t.name}"`);
      at(
        passing.length
          ? `${c.what} passes tests ${passing.slice(0, 5).join(', ')}: every test must fail on the stub. Make those tests depend on the implementation, or keep the stub throwing.`
          : `${c.what} is ${o.status}, not not-started: ${firstFailure(o)}\n    Every test must reach todo() first (call the implementation only inside it(), before anything that needs its result).`,
      );
    }
    if (c.expect === 'reject' && o.status === 'passed') {
      at(`the hidden suite accepts this mistake variant (${o.passed}/${o.total} passed): add a test that catches it.`);
    }
  });
  return { problems, graded: checks.length };
}
