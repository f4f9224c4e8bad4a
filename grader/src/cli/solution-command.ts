import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCommand } from 'citty';
import pc from 'picocolors';
import { loadCurriculum } from '../catalog/curriculum.ts';
import { findExercise } from '../catalog/find-exercise.ts';
import { resolveTarget } from '../catalog/target.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { GraderError } from '../errors.ts';
import { gradeTarget } from '../grade/grade-target.ts';
import { targetArg } from './grade-command.ts';
import { fail } from './fail.ts';
import { refuseInStudentCopy } from './student-copy-guard.ts';

export const solutionCommand = defineCommand({
  meta: { name: 'solution', description: 'Show the reference solution of an exercise you have passed.' },
  args: {
    exercise: { type: 'positional', required: true, description: 'The exercise, like bisect or 07-algorithms/bisect.' },
    target: targetArg,
  },
  async run({ args }) {
    try {
      refuseInStudentCopy('solution');
      const curriculum = await loadCurriculum();
      const ex = findExercise(curriculum, args.exercise);
      const { outcomes } = await gradeTarget(resolveTarget(args.target), [ex], curriculum);
      const status = outcomes.find((o) => o.exercise === ex.id && o.stage === ex.stage)?.status ?? 'not-started';
      if (status !== 'passed') {
        throw new GraderError('E_NOT_PASSED', `${ex.key} is ${status}. The solution opens once it passes: \`pnpm hint ${ex.id}\` helps, \`pnpm grade ${ex.id}\` shows what fails.`);
      }
      const file = path.join(graderWorkspace, 'solutions', ex.stage, 'src', `${ex.id}.ts`);
      const c = pc.createColors(pc.isColorSupported);
      process.stdout.write(`${c.bold(`Reference solution: ${path.relative(process.cwd(), file)}`)}\n\n${readFileSync(file, 'utf8')}`);
    } catch (e) {
      fail(e);
    }
  },
});
