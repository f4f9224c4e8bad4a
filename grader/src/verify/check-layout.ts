import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Stage } from '../catalog/curriculum.ts';
import { type Problem, problem } from './problems.ts';

const list = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)) : []);

/** Mistake variants of one exercise: `grader/mistakes/<stage>/<exercise>/*.ts`. */
export const mistakeFiles = (root: string, stage: string, exercise: string) =>
  list(path.join(root, 'grader', 'mistakes', stage, exercise), '.ts').map((f) => path.join(root, 'grader', 'mistakes', stage, exercise, f));

/** Every file an exercise needs, the mirror between the trees, and no stray files. */
export function checkLayout(root: string, stage: Stage): Problem[] {
  const out: Problem[] = [];
  const rel = (...p: string[]) => path.join(...p);
  const ex = rel('exercises', stage.id);
  const so = rel('solutions', stage.id);
  const add = (exercise: string | undefined, file: string, message: string) => out.push(problem(stage.id, exercise, file, message));
  const has = (file: string) => existsSync(path.join(root, file));

  if (!has(rel(ex, 'README.md'))) add(undefined, rel(ex, 'README.md'), 'missing: write the stage README that teaches the topic.');
  const turbo = rel(ex, 'turbo.json');
  if (!has(turbo) || !readFileSync(path.join(root, turbo), 'utf8').includes(`grader/suites/${stage.id}/`)) {
    add(undefined, turbo, `must name "$TURBO_ROOT$/grader/suites/${stage.id}/**" in the grade task's inputs, or editing a suite will not re-grade the stage.`);
  }
  for (const tree of [ex, so]) if (!has(rel(tree, 'src', 'index.ts'))) add(undefined, rel(tree, 'src', 'index.ts'), 'missing: re-export every exercise of the stage.');

  const ids = new Set(stage.exercises.map((e) => e.id));
  for (const e of stage.exercises) {
    const stub = rel(ex, 'src', `${e.id}.ts`);
    if (!has(stub)) add(e.id, stub, 'missing stub: every exercise needs one.');
    else {
      const text = readFileSync(path.join(root, stub), 'utf8');
      if (!text.includes('// TODO:')) add(e.id, stub, 'has no "// TODO:" marking where the learner edits.');
      if (!/\btodo(Text)?\(/.test(text)) add(e.id, stub, "never calls todo() or todoText() from @roadmap/todo, so the grader cannot tell 'not started' from 'wrong'.");
    }
    if (!has(rel(so, 'src', `${e.id}.ts`))) add(e.id, rel(so, 'src', `${e.id}.ts`), 'missing solution: write the reference implementation.');
    if (!has(rel('grader', 'suites', stage.id, `${e.id}.test.ts`))) add(e.id, rel('grader', 'suites', stage.id, `${e.id}.test.ts`), 'missing hidden suite.');
    if (!has(rel(ex, 'test', `${e.id}.test.ts`))) add(e.id, rel(ex, 'test', `${e.id}.test.ts`), 'missing visible tests: add a few examples the learner can run.');
    const mistakes = mistakeFiles(root, stage.id, e.id);
    if (mistakes.length === 0) add(e.id, rel('grader', 'mistakes', stage.id, e.id, '<slug>.ts'), 'no common-mistake variant: add one the hidden suite must reject.');
    for (const m of mistakes) {
      if (!readFileSync(m, 'utf8').startsWith('// Mistake: ')) add(e.id, path.relative(root, m), 'must start with "// Mistake: <what the learner got wrong>".');
    }
  }

  // The two trees mirror each other; everything in src/ is an exercise, index.ts or a support file.
  const stubs = list(path.join(root, ex, 'src'), '.ts');
  const sols = list(path.join(root, so, 'src'), '.ts');
  for (const f of stubs) if (!sols.includes(f)) add(undefined, rel(so, 'src', f), `missing: solutions mirror exercises file for file (${rel(ex, 'src', f)} exists).`);
  for (const f of sols) if (!stubs.includes(f)) add(undefined, rel(ex, 'src', f), `missing: exercises mirror solutions file for file (${rel(so, 'src', f)} exists).`);
  for (const f of stubs) {
    const id = f.replace(/\.ts$/, '');
    if (f === 'index.ts' || ids.has(id)) continue;
    if (f.startsWith('_')) {
      if (sols.includes(f) && readFileSync(path.join(root, ex, 'src', f), 'utf8') !== readFileSync(path.join(root, so, 'src', f), 'utf8')) {
        add(undefined, rel(ex, 'src', f), `support files must be identical in both trees; it differs from ${rel(so, 'src', f)}.`);
      }
      continue;
    }
    add(undefined, rel(ex, 'src', f), `is not an exercise in stage.ts: add it to the manifest, or prefix a support file with "_".`);
  }
  for (const f of list(path.join(root, 'grader', 'suites', stage.id), '.test.ts')) {
    const id = f.replace(/\.test\.ts$/, '');
    if (!ids.has(id)) add(id, rel('grader', 'suites', stage.id, f), 'is a hidden suite for an exercise not in stage.ts: add the exercise or remove the suite.');
  }
  for (const f of list(path.join(root, ex, 'test'), '.test.ts')) {
    const id = f.replace(/\.test\.ts$/, '');
    if (!ids.has(id)) add(id, rel(ex, 'test', f), 'is a visible test for an exercise not in stage.ts.');
  }
  return out;
}
