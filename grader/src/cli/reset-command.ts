import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { defineCommand } from 'citty';
import { loadCurriculum } from '../catalog/curriculum.ts';
import { findExercise } from '../catalog/find-exercise.ts';
import { exercisePath, resolveTarget } from '../catalog/target.ts';
import { UsageError } from '../errors.ts';
import { pristineStub } from '../progress/pristine-stub.ts';
import { targetArg } from './grade-command.ts';
import { fail } from './fail.ts';

export const resetCommand = defineCommand({
  meta: { name: 'reset', description: 'Restore an exercise to its pristine stub (asks first).' },
  args: {
    exercise: { type: 'positional', required: true, description: 'The exercise, like bisect or 07-algorithms/bisect.' },
    yes: { type: 'boolean', default: false, description: 'Do not ask; needed when the shell is not interactive.' },
    target: targetArg,
  },
  async run({ args }) {
    try {
      const ex = findExercise(await loadCurriculum(), args.exercise);
      const target = resolveTarget(args.target);
      const file = exercisePath(target, ex.stage, ex.id);
      const rel = path.relative(target.copyRoot, file);
      const stub = pristineStub(target.copyRoot, rel);
      if (readFileSync(file, 'utf8') === stub) {
        process.stdout.write(`${rel} is already the pristine stub.\n`);
        return;
      }
      if (!args.yes) {
        if (!process.stdin.isTTY) throw new UsageError(`Resetting ${rel} discards your changes. This shell is not interactive: run \`pnpm reset ${ex.id} --yes\` to confirm.`);
        const rl = createInterface({ input: process.stdin, output: process.stdout });
        const answer = await rl.question(`Reset ${rel} to its stub? Your changes to it are lost. [y/N] `);
        rl.close();
        if (!/^y(es)?$/i.test(answer.trim())) {
          process.stdout.write('Nothing changed.\n');
          return;
        }
      }
      writeFileSync(file, stub);
      process.stdout.write(`${rel} is the pristine stub again.\n`);
    } catch (e) {
      fail(e);
    }
  },
});
