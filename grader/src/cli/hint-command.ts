import { defineCommand } from 'citty';
import pc from 'picocolors';
import { loadCurriculum } from '../catalog/curriculum.ts';
import { findExercise } from '../catalog/find-exercise.ts';
import { resolveTarget } from '../catalog/target.ts';
import { entryOf, readProgress, writeProgress } from '../progress/progress-store.ts';
import { targetArg } from './grade-command.ts';
import { fail } from './fail.ts';

export const hintCommand = defineCommand({
  meta: { name: 'hint', description: 'Reveal the next progressive hint of an exercise (and the ones before it).' },
  args: {
    exercise: { type: 'positional', required: true, description: 'The exercise, like bisect or 07-algorithms/bisect.' },
    target: targetArg,
  },
  async run({ args }) {
    try {
      const c = pc.createColors(pc.isColorSupported);
      const ex = findExercise(await loadCurriculum(), args.exercise);
      const target = resolveTarget(args.target);
      const { progress } = readProgress(target.copyRoot);
      const entry = entryOf(progress, ex.key);
      entry.hintsShown = Math.min(ex.hints.length, entry.hintsShown + 1);
      writeProgress(target.copyRoot, progress);
      const lines = [c.bold(`${ex.key}: ${ex.title}`)];
      if (ex.python) lines.push(c.dim(`Python: ${ex.python}`));
      ex.hints.slice(0, entry.hintsShown).forEach((h, i) => lines.push(`${c.yellow(`Hint ${i + 1}/${ex.hints.length}`)} ${h}`));
      lines.push(entry.hintsShown < ex.hints.length ? c.dim(`Run it again for hint ${entry.hintsShown + 1}.`) : c.dim('That was the last hint. The stage README has the full explanation.'));
      process.stdout.write(`${lines.join('\n')}\n`);
    } catch (e) {
      fail(e);
    }
  },
});
