import { defineCommand } from 'citty';
import pc from 'picocolors';
import { loadCurriculum } from '../catalog/curriculum.ts';
import { resolveTarget } from '../catalog/target.ts';
import { gradeTarget } from '../grade/grade-target.ts';
import { renderList } from '../report/list.ts';
import { targetArg } from './grade-command.ts';
import { fail } from './fail.ts';

export const listCommand = defineCommand({
  meta: { name: 'list', description: 'Every exercise with its status and your progress.' },
  args: { target: targetArg },
  async run({ args }) {
    try {
      const stages = await loadCurriculum();
      const target = resolveTarget(args.target);
      const all = stages.flatMap((s) => s.exercises);
      const { outcomes } = await gradeTarget(target, all, stages);
      process.stdout.write(`${renderList(stages, outcomes, { colors: pc.isColorSupported })}\n`);
    } catch (e) {
      fail(e);
    }
  },
});
