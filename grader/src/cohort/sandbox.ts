import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let available: boolean | undefined;

/** Whether bubblewrap runs here (installed, and allowed to make namespaces). */
export function bwrapAvailable(): boolean {
  if (available === undefined) {
    const r = spawnSync('bwrap', ['--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', 'true'], { stdio: 'ignore', timeout: 10_000 });
    available = r.status === 0;
  }
  return available;
}

export interface SandboxView {
  /** The grader's own repository (its node_modules, suites and runner): visible, read-only. */
  workspace: string;
  /** The one submission this run may read. */
  submission: string;
  /** The run's scratch folder: writable, but its wrappers (`w/`) read-only. */
  scratch: string;
  /** Folders to hide entirely (other submissions, the gradebook, the solutions). */
  hide: string[];
}

const under = (p: string, dir: string) => p === dir || p.startsWith(dir + path.sep);

/**
 * Wraps a command in bubblewrap: no network, no other processes, a read-only file system in
 * which only the scratch folder is writable, and only this student's submission visible.
 */
export function bwrapArgv(view: SandboxView, argv: string[]): string[] {
  const tmp = path.resolve(os.tmpdir());
  // The temp folder is replaced by an empty one; the grader's workspace comes back on top when
  // it lives there (a clone under $TMPDIR), then the hidden folders go over it. A folder that
  // holds the workspace or the submission itself (a gradebook kept beside them) cannot be hidden
  // whole without hiding them too, so it is left to the binds below.
  const visible = [view.workspace, view.submission, view.scratch];
  const hidden = view.hide
    .map((h) => path.resolve(h))
    .filter((h) => existsSync(h)) // nothing to hide, and bwrap cannot make a mount point in a read-only tree
    .filter((h) => !visible.some((v) => under(v, h)))
    .filter((h) => !under(h, tmp) || under(h, view.workspace))
    .flatMap((h) => ['--tmpfs', h]);
  const workspace = under(view.workspace, tmp) ? ['--ro-bind', view.workspace, view.workspace] : [];
  return [
    'bwrap', '--unshare-all', '--die-with-parent', '--new-session',
    '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc',
    '--tmpfs', tmp, ...workspace, ...hidden,
    '--ro-bind', view.submission, view.submission,
    '--bind', view.scratch, view.scratch,
    '--ro-bind', path.join(view.scratch, 'w'), path.join(view.scratch, 'w'),
    '--setenv', 'TMPDIR', path.join(view.scratch, 'tmp'),
    ...argv,
  ];
}
