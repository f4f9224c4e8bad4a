import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Exercise } from '../catalog/curriculum.ts';
import { graderWorkspace, isStudentCopy, suitePath, visibleTestPath } from '../catalog/workspace.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import { type GradeOptions, gradeEntries } from '../run/grade-entries.ts';
import type { RunEntry } from '../run/spec.ts';
import type { WarmRunner } from '../run/warm-runner.ts';
import { gradeWarm } from './grade-warm.ts';
import { type TypeError, typecheckFiles } from '../typecheck/typecheck-files.ts';

/**
 * Grades exercises of the tree `implRoot` (a folder of stage folders: `<copy>/exercises` or
 * `solutions`) with this workspace's hidden suites, in one supervised run. A student copy has no
 * hidden suites: there each exercise is graded with its visible tests.
 */
export async function gradeTree(
  implRoot: string,
  exercises: Exercise[],
  opts: GradeOptions & {
    overrides?: Record<string, string>;
    suitesRoot?: string;
    /**
     * Check the types of touched exercises (a type error fails a pass and is shown on a failure);
     * `passed`: only of those that pass, where it changes the verdict (a cohort keeps no errors).
     * @default true
     */
    typecheck?: boolean | 'passed';
    /** Grade in this kept-alive process instead of starting one; `changed` files are re-read (`batch: 'crashed'` applies). */
    warm?: { runner: WarmRunner; changed: string[] };
  } = {},
): Promise<ExerciseOutcome[]> {
  const visible = isStudentCopy();
  const suiteOf = (e: Exercise) => (visible ? visibleTestPath(e.stage, e.id) : suitePath(e.stage, e.id, opts.suitesRoot));
  const runnable: Exercise[] = [];
  const missing = new Map<string, ExerciseOutcome>();
  for (const e of exercises) {
    if (existsSync(suiteOf(e))) runnable.push(e);
    else
      missing.set(e.key, {
        stage: e.stage, exercise: e.id, status: 'error', passed: 0, failed: 0, total: 0, tests: [],
        message: visible
          ? `There are no visible tests at exercises/${e.stage}/test/${e.id}.test.ts. Restore the file from your copy (git checkout), or ask your instructor.`
          : `There is no hidden suite at grader/suites/${e.stage}/${e.id}.test.ts. Add one (see the maintainer workflow in the README).`,
      });
  }
  const entries: RunEntry[] = runnable.map((e) => ({
    stage: e.stage,
    exercise: e.id,
    suite: suiteOf(e),
    implRoot: path.resolve(implRoot),
    ...(opts.overrides?.[e.key] ? { overrides: { [e.key]: opts.overrides[e.key]! } } : {}),
    // Visible tests import their exercise relatively; the learner's tree may be another copy.
    ...(visible ? { redirect: { from: path.join(graderWorkspace, 'exercises', e.stage, 'src'), to: path.join(path.resolve(implRoot), e.stage, 'src') } } : {}),
  }));
  const running = opts.warm ? gradeWarm(opts.warm.runner, entries, opts.warm.changed, opts.batch === 'crashed' ? 'crashed' : undefined) : gradeEntries(graderWorkspace, entries, opts);
  if (opts.warm) {
    // Let the warm process get its run before the typecheck below holds this thread.
    running.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
  }
  // A few files are typechecked while their tests run; many, only those the tests show touched.
  let early: Map<string, TypeError[]> | undefined;
  try {
    if ((opts.typecheck ?? true) === true && runnable.length <= EARLY_TYPECHECK_MAX) early = typeErrorsOf(runnable.map((e) => [e.stage, e.id]), implRoot, opts.overrides);
  } catch (e) {
    await running.catch(() => undefined);
    throw e;
  }
  const graded = await running;
  if (opts.typecheck !== false) applyTypeErrors(graded, implRoot, opts.overrides, early, opts.typecheck === 'passed' ? ['passed'] : ['passed', 'failed']);
  const byKey = new Map(graded.map((o) => [`${o.stage}/${o.exercise}`, o]));
  return exercises.map((e) => byKey.get(e.key) ?? missing.get(e.key)!);
}

const EARLY_TYPECHECK_MAX = 16;

const implFile = (implRoot: string, overrides: Record<string, string>, stage: string, exercise: string) =>
  overrides[`${stage}/${exercise}`] ?? path.join(implRoot, stage, 'src', `${exercise}.ts`);

/** Type errors of the files of these `[stage, exercise]` pairs. */
function typeErrorsOf(pairs: [string, string][], implRoot: string, overrides: Record<string, string> = {}) {
  const files = pairs.map(([stage, exercise]) => implFile(implRoot, overrides, stage, exercise));
  return typecheckFiles(files, { base: path.dirname(path.resolve(implRoot)), workspace: graderWorkspace });
}

/** Exercises the learner has touched must also typecheck; passing tests alone do not pass them. */
function applyTypeErrors(outcomes: ExerciseOutcome[], implRoot: string, overrides: Record<string, string> = {}, early: Map<string, TypeError[]> | undefined, statuses: string[]): void {
  const touched = outcomes.filter((o) => statuses.includes(o.status));
  const errors = early ?? typeErrorsOf(touched.map((o) => [o.stage, o.exercise]), implRoot, overrides);
  for (const o of touched) {
    const found = errors.get(implFile(implRoot, overrides, o.stage, o.exercise)) ?? [];
    if (found.length === 0) continue;
    o.typeErrors = found;
    if (o.status === 'passed') {
      o.status = 'failed';
      o.message = `All ${o.total} tests pass, but the file has ${found.length} type error(s): fix them to pass.`;
    }
  }
}
