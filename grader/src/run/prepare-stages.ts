import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./prepare-entry.mjs', import.meta.url));

export interface PrepareResult {
  stage: string;
  ok: boolean;
  ms: number;
  /** Why it failed; the stage's suites then set themselves up, more slowly. */
  error?: string;
}

// The stages among `stages` with a `grader/suites/<stage>/_prepare.ts`.
const stagesToPrepare = (workspace: string, stages: string[]) =>
  [...new Set(stages)].filter((s) => existsSync(path.join(workspace, 'grader', 'suites', s, '_prepare.ts')));

/**
 * Runs each stage's `_prepare.ts` (its default export) in one child process outside any sandbox:
 * set-up work of the instructor's own suites, such as a database cluster, that sandboxed workers
 * then only read. A step only saves work: the suites must pass without it, since grading may reach
 * them before it ends. A failure or a timeout is reported, never thrown.
 */
export async function prepareStages(workspace: string, stages: string[], opts: { timeoutMs?: number } = {}): Promise<PrepareResult[]> {
  const todo = stagesToPrepare(workspace, stages);
  if (todo.length === 0) return [];
  const files = todo.map((s) => path.join(workspace, 'grader', 'suites', s, '_prepare.ts'));
  const results = new Map<string, PrepareResult>();
  const t0 = Date.now();
  let output = '';
  const child = spawn(process.execPath, [entry, ...files], {
    cwd: workspace,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NODE_OPTIONS: undefined },
  });
  const keep = (b: Buffer) => (output = (output + b.toString('utf8')).slice(-2000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('message', (m: { file: string; ok: boolean; ms: number; error?: string }) => {
    const stage = todo[files.indexOf(m.file)];
    if (stage) results.set(stage, { stage, ok: m.ok, ms: m.ms, ...(m.error ? { error: m.error } : {}) });
  });
  const timeoutMs = opts.timeoutMs ?? 300_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (c) => resolve(c));
  });
  clearTimeout(timer);
  const why = timedOut ? `did not finish within ${timeoutMs / 1000} s` : `stopped (exit code ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`;
  return todo.map((stage) => results.get(stage) ?? { stage, ok: false, ms: Date.now() - t0, error: why });
}
