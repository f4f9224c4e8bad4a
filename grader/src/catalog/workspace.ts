import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this grader belongs to (it holds `pnpm-workspace.yaml`). */
export const graderWorkspace = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const stageFolderPattern = /^\d\d-[a-z0-9-]+$/;

/** Stage folders under `<root>/<tree>`, in curriculum order. */
export function stageFolders(root: string, tree = 'exercises'): string[] {
  const dir = path.join(root, tree);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && stageFolderPattern.test(d.name))
    .map((d) => d.name)
    .sort();
}

/** Stage folders that have a manifest (`stage.ts`): the stages a learner sees. */
export function publishedStages(root: string): string[] {
  return stageFolders(root).filter((s) => existsSync(path.join(root, 'exercises', s, 'stage.ts')));
}

export const suitePath = (stage: string, exercise: string, root = graderWorkspace) =>
  path.join(root, 'grader', 'suites', stage, `${exercise}.test.ts`);

export const exerciseFile = (root: string, tree: string, stage: string, exercise: string) =>
  path.join(root, tree, stage, 'src', `${exercise}.ts`);

/** Present in a student copy made by `pnpm cohort release`: no hidden suites, no solutions. */
export const studentCopyMarker = (root = graderWorkspace) => path.join(root, 'grader', 'student-copy.json');
export const isStudentCopy = (root = graderWorkspace) => existsSync(studentCopyMarker(root));

export const visibleTestPath = (stage: string, exercise: string, root = graderWorkspace) =>
  path.join(root, 'exercises', stage, 'test', `${exercise}.test.ts`);
