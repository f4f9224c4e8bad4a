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

export interface WorkerView {
  /** The grader's own repository (node_modules, suites, the grading setup): read-only. */
  workspace: string;
  /** The run's scratch folder: only its generated test files (`w/`) are visible, read-only. */
  scratch: string;
  /** The one submission this worker grades, read-only; none when the request named none. */
  submission: string | undefined;
  /** The worker's own watchdog folder, the one place outside its temp folder it may write. */
  watchdog: string;
  /** Folders hidden entirely (every submission, the solutions, the gradebook). */
  hide: string[];
}

const under = (p: string, dir: string) => p === dir || p.startsWith(dir + path.sep);

/**
 * Wraps a test worker's command in bubblewrap: no network, its own process tree that dies with
 * it, a read-only file system with an empty temp folder, and of all the submissions only its own.
 * Hidden folders are covered first and what the worker needs is bound back on top, so a folder
 * that holds the workspace or the submission can be hidden too.
 */
export function workerSandboxArgv(view: WorkerView, argv: string[]): string[] {
  const tmp = path.resolve(os.tmpdir());
  const hide = view.hide.map((h) => path.resolve(h)).filter((h) => h !== path.parse(h).root && existsSync(h));
  const cover = (list: string[]) => list.flatMap((h) => ['--tmpfs', h]);
  const outside = hide.filter((h) => !under(h, tmp) && !under(h, view.workspace));
  const inside = hide.filter((h) => under(h, view.workspace) && h !== view.workspace);
  const own = view.submission ? ['--ro-bind', view.submission, view.submission] : [];
  const wrappers = path.join(view.scratch, 'w');
  return [
    'bwrap', '--unshare-all', '--die-with-parent', '--new-session',
    '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc',
    '--tmpfs', tmp, ...cover(outside),
    '--ro-bind', view.workspace, view.workspace, ...cover(inside),
    ...own,
    '--ro-bind', wrappers, wrappers,
    '--bind', view.watchdog, view.watchdog,
    '--setenv', 'TMPDIR', tmp,
    ...argv,
  ];
}
