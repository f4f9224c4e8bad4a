import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graderWorkspace } from '../src/catalog/workspace.ts';

/** The command behind `pnpm grade`, `pnpm learn` and the others. */
export const roadmapBin = path.join(graderWorkspace, 'grader', 'bin', 'roadmap.mjs');

/** Runs the grader CLI as a learner would, without colours and without the grading daemon (unless `env` turns it on). */
export function cli(args: string[], opts: { cwd?: string; env?: Record<string, string>; bin?: string } = {}) {
  const r = spawnSync(process.execPath, [opts.bin ?? roadmapBin, ...args], {
    cwd: opts.cwd ?? graderWorkspace,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ROADMAP_DAEMON: 'off', ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A copy of parts of this repository in a temp folder, with node_modules linked from the
 * workspace so manifests load. `ownModules` links them entry by entry instead, so the copy has a
 * `node_modules/.cache` of its own and its workspace packages resolve to the copied ones. Remove
 * it with `dispose`.
 */
export function copyRepo(parts: string[], opts: { ownModules?: boolean } = {}): { root: string; dispose(): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'roadmap-copy-'));
  const link = (nm: string, to: string) => {
    if (!opts.ownModules) return symlinkSync(nm, to);
    mkdirSync(to);
    for (const e of readdirSync(nm)) {
      if (e === '.cache') continue;
      if (e !== '@roadmap') {
        symlinkSync(path.join(nm, e), path.join(to, e));
        continue;
      }
      mkdirSync(path.join(to, e));
      for (const pkg of readdirSync(path.join(nm, e))) symlinkSync(path.join(root, path.relative(graderWorkspace, realpathSync(path.join(nm, e, pkg)))), path.join(to, e, pkg));
    }
  };
  for (const p of ['tsconfig.base.json', 'tsconfig.json', 'package.json', ...parts]) {
    const from = path.join(graderWorkspace, p);
    if (!existsSync(from)) continue;
    if (existsSync(path.join(root, p))) continue;
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    cpSync(from, path.join(root, p), { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) && !src.includes(`${path.sep}.grade`) && !src.includes(`${path.sep}.bundle`) });
    const nm = path.join(from, 'node_modules');
    if (existsSync(nm)) link(nm, path.join(root, p, 'node_modules'));
    if (opts.ownModules && p === 'packages') {
      for (const pkg of readdirSync(from)) if (existsSync(path.join(from, pkg, 'node_modules'))) link(path.join(from, pkg, 'node_modules'), path.join(root, p, pkg, 'node_modules'));
    }
  }
  if (!existsSync(path.join(root, 'node_modules'))) link(path.join(graderWorkspace, 'node_modules'), path.join(root, 'node_modules'));
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
