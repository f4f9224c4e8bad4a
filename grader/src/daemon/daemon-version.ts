import { createHash, type Hash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// What a daemon has loaded: the grader's code, the shared packages and the dependencies.
const parts = ['grader/src', 'grader/bin', 'grader/package.json', 'packages', 'pnpm-lock.yaml', 'tsconfig.base.json'];

/** Bumped when the daemon and its clients stop understanding each other. */
const PROTOCOL = 1;

function add(h: Hash, workspace: string, rel: string, isDir?: boolean): void {
  const abs = path.join(workspace, rel);
  if (isDir === undefined) {
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      return;
    }
  }
  if (isDir) {
    for (const d of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (d.name === 'node_modules' || d.name.startsWith('.')) continue;
      if (d.isDirectory()) add(h, workspace, path.join(rel, d.name), true);
      else if (d.isFile()) add(h, workspace, path.join(rel, d.name), false);
    }
    return;
  }
  try {
    const st = statSync(abs);
    h.update(`${rel}\0${st.size}\0${st.mtimeMs}\0`);
  } catch {
    // removed while we looked: the next look sees it gone
  }
}

/**
 * The version of the grader a daemon runs: a digest of the size and modification time of its
 * files (a few milliseconds, so every grade can check it), Node's version and the protocol's.
 */
export function graderVersion(workspace: string): string {
  const h = createHash('sha256').update(`${PROTOCOL}\0${process.version}\0`);
  for (const rel of parts) add(h, workspace, rel);
  return h.digest('hex').slice(0, 12);
}
