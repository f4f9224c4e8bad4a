import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExerciseStatus } from '../run/classify.ts';

export interface ExerciseProgress {
  /** Distinct versions of the file that were graded. */
  attempts: number;
  firstPassedAt?: string;
  lastStatus?: ExerciseStatus;
  lastGradedAt?: string;
  /** How many progressive hints the learner has revealed. */
  hintsShown: number;
  lastHash?: string;
}

export interface Progress {
  version: 1;
  exercises: Record<string, ExerciseProgress>;
}

/** `<copy>/.roadmap/progress.json`: outside git's view, so it survives pulls; share it as is. */
export const progressFile = (copyRoot: string) => path.join(copyRoot, '.roadmap', 'progress.json');

const empty = (): Progress => ({ version: 1, exercises: {} });

/** Reads the progress file; a damaged one is kept aside as `progress.json.bad` and started afresh. */
export function readProgress(copyRoot: string): { progress: Progress; warning?: string } {
  const file = progressFile(copyRoot);
  if (!existsSync(file)) return { progress: empty() };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Progress;
    if (data?.version !== 1 || typeof data.exercises !== 'object') throw new Error('unknown format');
    return { progress: data };
  } catch (e) {
    renameSync(file, `${file}.bad`);
    return { progress: empty(), warning: `${file} could not be read (${(e as Error).message}); it was kept as ${file}.bad and progress starts afresh.` };
  }
}

/** Writes atomically (temp file, then rename), so an interrupted write never leaves half a file. */
export function writeProgress(copyRoot: string, progress: Progress): void {
  const file = progressFile(copyRoot);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(progress, null, 2)}\n`);
  renameSync(tmp, file);
}

export const entryOf = (p: Progress, key: string): ExerciseProgress => (p.exercises[key] ??= { attempts: 0, hintsShown: 0 });

/** Records one grading of an exercise whose file holds `source`. */
export function recordGrade(p: Progress, key: string, status: ExerciseStatus, source: string, now = new Date()): void {
  const e = entryOf(p, key);
  const hash = createHash('sha1').update(source).digest('hex');
  if (status !== 'not-started' && hash !== e.lastHash) e.attempts += 1;
  e.lastHash = hash;
  e.lastStatus = status;
  e.lastGradedAt = now.toISOString();
  if (status === 'passed' && !e.firstPassedAt) e.firstPassedAt = now.toISOString();
}
