import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { graderWorkspace } from '../catalog/workspace.ts';
import type { Stage } from '../catalog/curriculum.ts';
import { GraderError } from '../errors.ts';
import { gradeStages, stageResultFile } from './grade-stages.ts';
import type { ExerciseOutcome } from '../run/classify.ts';

const require = createRequire(import.meta.url);

/**
 * Grades whole stages of `exercises/` as turbo tasks, so an unchanged stage replays from turbo's
 * cache instead of running; returns every exercise outcome of those stages. The changed exercises
 * of all stages are graded first in one run, so the tasks that turbo re-runs only replay them.
 */
export async function gradeStagesWithTurbo(selected: Stage[], opts: { concurrency?: number } = {}): Promise<ExerciseOutcome[]> {
  if (selected.length === 0) return [];
  await gradeStages(path.join(graderWorkspace, 'exercises'), selected);
  const stages = selected.map((s) => s.id);
  const turbo = turboBin();
  const args = ['run', 'grade', ...stages.map((s) => `--filter=@exercises/${s}`), '--output-logs=errors-only', `--concurrency=${opts.concurrency ?? 2}`, '--log-prefix=none'];
  const { code, output } = await run(turbo, args);
  const outcomes: ExerciseOutcome[] = [];
  for (const s of stages) {
    const file = stageResultFile(path.join(graderWorkspace, 'exercises', s));
    if (code !== 0 || !existsSync(file)) {
      throw new GraderError('E_TURBO', `Grading stage ${s} through turbo failed:\n${output.slice(-3000)}\nRun \`pnpm install\`, then grade again.`);
    }
    outcomes.push(...(JSON.parse(readFileSync(file, 'utf8')) as { outcomes: ExerciseOutcome[] }).outcomes);
  }
  return outcomes;
}

function turboBin(): string {
  const pkg = require.resolve('turbo/package.json', { paths: [graderWorkspace] });
  return path.join(path.dirname(pkg), 'bin', 'turbo');
}

function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: graderWorkspace,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', TURBO_NO_UPDATE_NOTIFIER: '1', TURBO_PRINT_VERSION_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
    child.on('close', (code) => resolve({ code, output }));
  });
}
