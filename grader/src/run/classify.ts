import type { ResultLine, RunEntry } from './spec.ts';
import type { RawRun } from './supervise.ts';

/** Said of an exercise the run's wall clock cut off: the run, not the code, is to blame. */
export const RAN_OUT_OF_TIME = 'Grading ran out of time before this exercise finished.';

export type ExerciseStatus = 'passed' | 'failed' | 'not-started' | 'error' | 'timeout';

export interface TestOutcome {
  name: string;
  status: 'passed' | 'failed';
  ms: number;
  message?: string;
  /** `path:line` in the learner's file where the failure arose, when known. */
  location?: string;
}

export interface ExerciseOutcome {
  stage: string;
  exercise: string;
  status: ExerciseStatus;
  passed: number;
  failed: number;
  total: number;
  /** Why an exercise is `error` or `timeout`, or why passing tests did not make it `passed`. */
  message?: string;
  tests: TestOutcome[];
  /** TypeScript errors in the exercise's file: an exercise that does not typecheck has not passed. */
  typeErrors?: { at: string; code: string; message: string }[];
  /** The run was cut off before this exercise finished: grade it again rather than record it. */
  unfinished?: boolean;
  /**
   * Graded in one test file with other exercises of its tree. A pass there is a pass anywhere; a
   * failure may be its neighbours' doing, so it is not reused for the same code in another tree.
   */
  batched?: boolean;
}

/** Turns the result lines of a run into one outcome per entry; never credits an unseen pass. */
export function classify(entries: RunEntry[], run: RawRun): ExerciseOutcome[] {
  const byEntry = entries.map(() => ({ tests: [] as Extract<ResultLine, { kind: 'test' }>[], module: undefined as Extract<ResultLine, { kind: 'module' }> | undefined, watchdog: undefined as Extract<ResultLine, { kind: 'watchdog' }> | undefined }));
  for (const line of run.lines) {
    if (line.kind === 'end') continue;
    const slot = byEntry[line.entry];
    if (!slot) continue;
    if (line.kind === 'test') slot.tests.push(line);
    else if (line.kind === 'module') slot.module = line;
    else slot.watchdog = line;
  }
  return entries.map((entry, i): ExerciseOutcome => {
    const { tests, module, watchdog } = byEntry[i]!;
    const outcomes: TestOutcome[] = tests.map((t) => ({
      name: t.name,
      status: t.state === 'passed' ? 'passed' : 'failed',
      ms: t.ms,
      ...(t.message ? { message: t.message } : {}),
      ...(t.location ? { location: t.location } : {}),
    }));
    const passed = outcomes.filter((t) => t.status === 'passed').length;
    const total = outcomes.length;
    const base = { stage: entry.stage, exercise: entry.exercise, passed, failed: total - passed, total, tests: outcomes };
    if (watchdog) {
      return { ...base, status: 'timeout', message: `"${watchdog.label}" ran longer than ${watchdog.budgetMs / 1000} s and was stopped. Look for a loop that never ends${watchdog.label === 'import' ? ', or a top-level await that never settles' : ''}.` };
    }
    if (!module) {
      return run.wallClockHit
        ? { ...base, status: 'timeout', message: RAN_OUT_OF_TIME, unfinished: true }
        : run.lines.some((l) => l.kind === 'end')
          ? { ...base, status: 'error', message: 'The test process crashed before this exercise finished: it ran out of memory (the cap is per exercise), or the code killed its own process.' }
          : { ...base, status: 'error', message: `The grader stopped before this exercise finished.${run.outputTail ? `\n${run.outputTail.slice(-1500)}` : ''}` };
    }
    if (module.errors.length > 0) {
      const message = module.errors.join('\n');
      const crashed = /exited unexpectedly|out of memory|heap limit|terminated|ERR_WORKER/i.test(message);
      return { ...base, status: 'error', message: crashed ? `The test process crashed (out of memory, or killed).\n${message}` : message };
    }
    if (total > 0 && passed === total) return { ...base, status: 'passed' };
    if (total > 0 && tests.every((t) => t.state !== 'passed' && t.todo)) return { ...base, status: 'not-started' };
    return { ...base, status: 'failed' };
  });
}
