import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCommand } from 'citty';
import pc from 'picocolors';
import { type Exercise, loadCurriculum } from '../catalog/curriculum.ts';
import { selectExercises } from '../catalog/select.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { UsageError } from '../errors.ts';
import { gradeTree } from '../grade/grade-tree.ts';
import { gradeStagesWithTurbo } from '../grade/turbo.ts';
import { exitCodeOf, summarize } from '../report/summary.ts';
import { renderTable } from '../report/table.ts';
import { fail } from './fail.ts';

export const gradeCommand = defineCommand({
  meta: { name: 'grade', description: 'Grade exercises with the hidden suites and report pass/fail per stage.' },
  args: {
    selectors: { type: 'positional', required: false, description: 'Stages or exercises (07-algorithms, 07, bisect, 07-algorithms/bisect); all when none.' },
    target: { type: 'string', default: 'exercises', description: 'exercises, solutions, or the path of another copy of this repository.' },
    json: { type: 'boolean', default: false, description: 'Print one JSON document instead of the table.' },
    timeout: { type: 'string', description: 'Milliseconds one test may run before it counts as a timeout (default 10000).' },
  },
  async run({ args }) {
    try {
      const stages = await loadCurriculum();
      const selected = selectExercises(stages, (args._ as string[]) ?? []);
      const { label, tree } = resolveTarget(args.target);
      const testMs = args.timeout === undefined ? undefined : Number(args.timeout);
      if (testMs !== undefined && !(Number.isInteger(testMs) && testMs >= 100)) throw new UsageError(`--timeout ${args.timeout}: give a whole number of milliseconds, at least 100.`);
      let outcomes;
      if (args.target === 'exercises') {
        outcomes = await gradeStagesWithTurbo([...new Set(selected.map((e) => e.stage))]);
      } else {
        outcomes = await gradeTree(tree, selected, testMs ? { budgets: { testMs } } : {});
      }
      const fileOf = (e: Exercise) => path.relative(process.cwd(), path.join(tree, e.stage, 'src', `${e.id}.ts`));
      const summary = summarize(label, stages, selected, outcomes, fileOf);
      if (args.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else process.stdout.write(`${renderTable(summary, { colors: pc.isColorSupported })}\n`);
      process.exitCode = exitCodeOf(summary);
    } catch (e) {
      fail(e);
    }
  },
});

function resolveTarget(target: string): { label: string; tree: string } {
  if (target === 'exercises' || target === 'solutions') return { label: target, tree: path.join(graderWorkspace, target) };
  const copy = path.resolve(target);
  if (!existsSync(path.join(copy, 'exercises'))) {
    throw new UsageError(`--target ${target}: there is no exercises/ folder in ${copy}. Give exercises, solutions, or the path of a copy of this repository.`);
  }
  return { label: copy, tree: path.join(copy, 'exercises') };
}
