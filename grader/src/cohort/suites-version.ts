import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const shared = ['grader/src/run', 'grader/src/typecheck', 'packages/todo/src', 'packages/testkit/src', 'packages/vitest-preset/src', 'pnpm-lock.yaml', 'tsconfig.base.json'];

/**
 * A hash of what decides a verdict besides the student's code: the graded stages' suites, the
 * runner, the shared packages and the lockfile.
 */
export function suitesVersion(workspace: string, stages: string[]): string {
  const inputs = [...[...new Set(stages)].sort().map((s) => `grader/suites/${s}`), ...shared];
  const h = createHash('sha256');
  const add = (rel: string) => {
    const abs = path.join(workspace, rel);
    if (!existsSync(abs)) return;
    const entries = readdirSync(path.dirname(abs), { withFileTypes: true }).find((d) => d.name === path.basename(abs));
    if (entries?.isDirectory()) {
      for (const d of readdirSync(abs).sort()) add(path.join(rel, d));
    } else {
      h.update(`${rel}\0`).update(readFileSync(abs)).update('\0');
    }
  };
  for (const i of inputs) add(i);
  return h.digest('hex').slice(0, 16);
}
