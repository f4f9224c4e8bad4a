import { spawnSync } from 'node:child_process';

/** Wall time of one command, in seconds; throws when it fails. */
export function timeCommand(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return secs;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const fmt = (s: number) => `${s.toFixed(2)} s`;
