import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { graderWorkspace, studentCopyMarker } from '../catalog/workspace.ts';
import { GraderError } from '../errors.ts';
import { repositoryFiles, withheld } from './release-files.ts';
import { studentLockfile, studentPackageJson, studentTsconfig, studentWorkspaceYaml } from './transform-files.ts';

export interface ReleaseResult {
  out: string;
  files: number;
  withheld: number;
}

const TRANSFORMS: Record<string, (text: string) => string> = {
  'package.json': studentPackageJson,
  'tsconfig.json': studentTsconfig,
  'pnpm-workspace.yaml': studentWorkspaceYaml,
  'pnpm-lock.yaml': studentLockfile,
};

const studentReadme = () => readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'student-readme.md'), 'utf8');

/**
 * Writes the copy to hand to students: the stubs, visible tests, shared packages and the grader,
 * without solutions, hidden suites, mistake variants, goldens or git history. Refuses a folder
 * that exists and is not empty, or one inside this repository.
 */
export function makeRelease(out: string, root = graderWorkspace): ReleaseResult {
  const target = path.resolve(out);
  const inside = path.relative(root, target);
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) {
    throw new GraderError('E_OUT', `${target} is inside this repository. Choose a folder outside it (for example ../student-copy), so the copy stands alone.`);
  }
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    throw new GraderError('E_OUT', `${target} already exists and is not an empty folder. Choose a new folder; nothing was written.`);
  }
  const all = repositoryFiles(root);
  const files = all.filter((f) => !withheld(f));
  try {
    mkdirSync(target, { recursive: true });
  } catch (e) {
    throw new GraderError('E_OUT', `Cannot create ${target}: ${(e as Error).message}. Choose a folder you may write to.`);
  }
  for (const rel of files) {
    const from = path.join(root, rel);
    const to = path.join(target, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    const transform = TRANSFORMS[rel];
    if (rel === 'README.md') writeFileSync(to, studentReadme());
    else if (transform) writeFileSync(to, transform(readFileSync(from, 'utf8')));
    else copyFileSync(from, to);
  }
  const commit = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  writeFileSync(
    studentCopyMarker(target),
    `${JSON.stringify({ kind: 'student-copy', createdAt: new Date().toISOString(), from: commit.status === 0 ? commit.stdout.trim() : null, tests: 'visible' }, null, 2)}\n`,
  );
  return { out: target, files: files.length + 1, withheld: all.length - files.length };
}
