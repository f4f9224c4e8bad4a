import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const shared = ['grader/src/run', 'grader/src/typecheck', 'packages/todo/src', 'packages/testkit/src', 'packages/vitest-preset/src', 'pnpm-lock.yaml', 'tsconfig.base.json'];

/** Feeds every file under `rel` (a file or a folder), in a stable order, to the hash. */
function add(h: Hash, workspace: string, rel: string): void {
  const abs = path.join(workspace, rel);
  if (!existsSync(abs)) return;
  if (statSync(abs).isDirectory()) {
    for (const d of readdirSync(abs).sort()) add(h, workspace, path.join(rel, d));
  } else {
    h.update(`${rel}\0`).update(readFileSync(abs)).update('\0');
  }
}

const sharedDigests = new Map<string, string>();

/** The hash of what every stage shares (runner, packages, lockfile), once per process. */
function sharedDigest(workspace: string): string {
  let d = sharedDigests.get(workspace);
  if (!d) {
    const h = createHash('sha256');
    for (const rel of shared) add(h, workspace, rel);
    d = h.digest('hex');
    sharedDigests.set(workspace, d);
  }
  return d;
}

/**
 * A hash of what decides a verdict besides the student's code: the graded stages' suites, the
 * runner, the shared packages and the lockfile.
 */
export function suitesVersion(workspace: string, stages: string[]): string {
  const h = createHash('sha256');
  for (const s of [...new Set(stages)].sort()) add(h, workspace, `grader/suites/${s}`);
  h.update(sharedDigest(workspace));
  return h.digest('hex').slice(0, 16);
}
