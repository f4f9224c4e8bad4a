import { spawnSync } from 'node:child_process';
import { GraderError } from '../errors.ts';

const git = (cwd: string, args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
const isStub = (text: string) => text.includes('// TODO:');

/**
 * The stub as the curriculum shipped it, from git: the upstream branch first, then the newest
 * committed version that still has its TODOs. Throws when git knows no such version.
 */
export function pristineStub(copyRoot: string, relPath: string): string {
  for (const ref of ['origin/HEAD', 'origin/main', 'upstream/main']) {
    const r = git(copyRoot, ['show', `${ref}:${relPath}`]);
    if (r.status === 0 && isStub(r.stdout)) return r.stdout;
  }
  const log = git(copyRoot, ['log', '--format=%H', '--', relPath]);
  if (log.status === 0) {
    for (const sha of log.stdout.split('\n').filter(Boolean)) {
      const r = git(copyRoot, ['show', `${sha}:${relPath}`]);
      if (r.status === 0 && isStub(r.stdout)) return r.stdout;
    }
  }
  throw new GraderError('E_NO_STUB', `Git has no pristine version of ${relPath}. If this is a git checkout, run \`git checkout origin/main -- ${relPath}\`; otherwise copy the file from the curriculum again.`);
}
