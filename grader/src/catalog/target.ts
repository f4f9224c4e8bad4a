import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { graderWorkspace } from './workspace.ts';

export interface Target {
  /** What reports call it: `exercises`, `solutions` or the copy's path. */
  label: string;
  /** The folder of stage folders that is graded. */
  tree: string;
  /** The copy of the repository that holds it (progress is kept there). */
  copyRoot: string;
  /** This workspace's own exercises: outcomes are kept by content address and replayed. */
  cached: boolean;
}

/** `exercises` (default), `solutions`, or the path of another copy of this repository. */
export function resolveTarget(target = 'exercises'): Target {
  if (target === 'exercises' || target === 'solutions') {
    return { label: target, tree: path.join(graderWorkspace, target), copyRoot: graderWorkspace, cached: target === 'exercises' };
  }
  const copy = path.resolve(target);
  if (!existsSync(path.join(copy, 'exercises'))) {
    throw new UsageError(`--target ${target}: there is no exercises/ folder in ${copy}. Give exercises, solutions, or the path of a copy of this repository.`);
  }
  return { label: copy, tree: path.join(copy, 'exercises'), copyRoot: copy, cached: false };
}

export const exercisePath = (t: Target, stage: string, exercise: string) => path.join(t.tree, stage, 'src', `${exercise}.ts`);
