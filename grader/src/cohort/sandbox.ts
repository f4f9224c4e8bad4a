import { spawnSync } from 'node:child_process';

let available: boolean | undefined;

/** Whether bubblewrap runs here (installed, and allowed to make namespaces). */
export function bwrapAvailable(): boolean {
  if (available === undefined) {
    const r = spawnSync('bwrap', ['--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', 'true'], { stdio: 'ignore', timeout: 10_000 });
    available = r.status === 0;
  }
  return available;
}
