import path from 'node:path';
import { defineCommand } from 'citty';
import pc from 'picocolors';
import { type Exercise, loadCurriculum } from '../catalog/curriculum.ts';
import { selectExercises } from '../catalog/select.ts';
import { exercisePath, resolveTarget } from '../catalog/target.ts';
import { UsageError } from '../errors.ts';
import type { DaemonUse } from '../grade/grade-stages.ts';
import { gradeTarget } from '../grade/grade-target.ts';
import { exitCodeOf, summarize } from '../report/summary.ts';
import { renderTable } from '../report/table.ts';
import { fail } from './fail.ts';
import { STUDENT_COPY_NOTE } from './student-copy-guard.ts';
import { isStudentCopy } from '../catalog/workspace.ts';

export const targetArg = { type: 'string', default: 'exercises', description: 'exercises, solutions, or the path of another copy of this repository.' } as const;

export const gradeCommand = defineCommand({
  meta: { name: 'grade', description: 'Grade exercises with the hidden suites and report pass/fail per stage.' },
  args: {
    selectors: { type: 'positional', required: false, description: 'Stages or exercises (07-algorithms, 07, bisect, 07-algorithms/bisect); all when none.' },
    target: targetArg,
    json: { type: 'boolean', default: false, description: 'Print one JSON document instead of the table.' },
    timeout: { type: 'string', description: 'Milliseconds one test may run before it counts as a timeout (default 10000).' },
  },
  async run({ args }) {
    try {
      const stages = await loadCurriculum();
      const selected = selectExercises(stages, (args._ as string[]) ?? []);
      const target = resolveTarget(args.target);
      const testMs = args.timeout === undefined ? undefined : Number(args.timeout);
      if (testMs !== undefined && !(Number.isInteger(testMs) && testMs >= 100)) throw new UsageError(`--timeout ${args.timeout}: give a whole number of milliseconds, at least 100.`);
      // A few changed exercises go to the grading daemon, when one is warm (ROADMAP_DAEMON=off: never).
      const daemon: DaemonUse = {};
      const { outcomes, warning } = await gradeTarget(target, selected, stages, { ...(testMs ? { testMs } : {}), daemon });
      if (warning) process.stderr.write(`warning: ${warning}\n`);
      const fileOf = (e: Exercise) => path.relative(process.cwd(), exercisePath(target, e.stage, e.id));
      const summary = summarize(target.label, stages, selected, outcomes, fileOf);
      const visibleOnly = isStudentCopy();
      if (args.json) process.stdout.write(`${JSON.stringify({ ...summary, tests: visibleOnly ? 'visible' : 'hidden' }, null, 2)}\n`);
      else process.stdout.write(`${renderTable(summary, { colors: pc.isColorSupported })}\n${visibleOnly ? `\n${STUDENT_COPY_NOTE}\n` : ''}`);
      process.exitCode = exitCodeOf(summary);
      // None was warm: one starts in the background for the next grade (this one does not wait).
      daemon.startAfter?.();
    } catch (e) {
      fail(e);
    }
  },
});
