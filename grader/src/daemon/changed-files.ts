import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Exercise } from '../catalog/curriculum.ts';

const tsFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
};

/**
 * The files a warm grading process must read again before grading these exercises of `tree`:
 * every .ts file of their stages' `src/` (the exercise and what it may import), their stages'
 * hidden suites with the helpers they share, and their visible tests (a student copy's suites).
 */
export function changedFiles(workspace: string, tree: string, exercises: Exercise[]): string[] {
  const stages = [...new Set(exercises.map((e) => e.stage))];
  return stages.flatMap((stage) => [
    ...tsFiles(path.join(tree, stage, 'src')),
    ...tsFiles(path.join(workspace, 'grader', 'suites', stage)),
    ...tsFiles(path.join(workspace, 'exercises', stage, 'test')),
  ]);
}
