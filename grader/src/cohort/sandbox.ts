import { spawnSync } from 'node:child_process';
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
  /** The one submission this run may read. */
  submission: string;
  /** The run's scratch folder: writable, but its wrappers (`w/`) read-only. */
  scratch: string;
  /** Folders to hide entirely (other submissions, the gradebook, the solutions). */
  hide: string[];
}

/**
 * Wraps a command in bubblewrap: no network, no other processes, a read-only file system in
 * which only the scratch folder is writable, and only this student's submission visible.
 */
export function bwrapArgv(view: SandboxView, argv: string[]): string[] {
  const tmp = os.tmpdir();
  const under = (p: string, dir: string) => p === dir || p.startsWith(dir + path.sep);
  const hidden = view.hide.filter((h) => !under(h, tmp)).flatMap((h) => ['--tmpfs', h]);
  return [
    'bwrap', '--unshare-all', '--die-with-parent', '--new-session',
    '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc',
    '--tmpfs', tmp, ...hidden,
    '--ro-bind', view.submission, view.submission,
    '--bind', view.scratch, view.scratch,
    '--ro-bind', path.join(view.scratch, 'w'), path.join(view.scratch, 'w'),
    '--setenv', 'TMPDIR', path.join(view.scratch, 'tmp'),
    ...argv,
  ];
}
