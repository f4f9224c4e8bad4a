import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Exercise, Stage } from '../catalog/curriculum.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import type { Budgets } from '../run/spec.ts';
import { StageVerdicts } from './stage-verdicts.ts';

export const stageResultFile = (stagePackage: string) => path.join(stagePackage, '.grade', 'result.json');

/** `pnpm grade` may send its work to the grading daemon; `startAfter` is set when it should start one. */
export interface DaemonUse {
  /** Starts the daemon in the background: call it once the result is printed. */
  startAfter?: () => void;
}

/** Up to this many changed exercises go to the daemon; more are graded in-process. */
const DAEMON_MAX = 16;

/**
 * Grades stages of the tree `tree` (`<workspace>/exercises`) and writes each stage's result file
 * (turbo's `grade` task output): exercises whose code, suite and grader are unchanged replay their
 * stored verdict, and all the others, across every stage given, are graded in one run.
 */
export async function gradeStages(tree: string, stages: Stage[], budgets: Partial<Budgets> = {}, opts: { daemon?: DaemonUse } = {}): Promise<Map<string, ExerciseOutcome[]>> {
  const plans = stages.map((stage) => {
    const pkg = path.join(tree, stage.id);
    const out = stageResultFile(pkg);
    mkdirSync(path.dirname(out), { recursive: true });
    const verdicts = new StageVerdicts(path.join(path.dirname(out), 'verdicts.json'), graderWorkspace, pkg, stage.id);
    const keys = stage.exercises.map((e) => verdicts.key(tree, stage.id, e.id));
    return { stage, out, verdicts, keys };
  });
  const stale = plans.flatMap((p) => p.stage.exercises.filter((_, i) => !p.verdicts.get(p.keys[i]!)));
  const graded = stale.length ? await gradeStale(tree, stale, budgets, opts.daemon) : [];
  const fresh = new Map(graded.map((o) => [`${o.stage}/${o.exercise}`, o]));
  const results = new Map<string, ExerciseOutcome[]>();
  for (const { stage, out, verdicts, keys } of plans) {
    const outcomes = stage.exercises.map((e, i) => fresh.get(e.key) ?? verdicts.get(keys[i]!)!);
    results.set(stage.id, outcomes);
    if (stage.exercises.every((e) => !fresh.has(e.key)) && verdicts.size === keys.length && existsSync(out)) continue;
    verdicts.save(stage.exercises.map((_, i) => [keys[i]!, outcomes[i]!]));
    writeFileSync(out, JSON.stringify({ stage: stage.id, outcomes }));
  }
  return results;
}

/** The daemon grades a few changed exercises of this workspace when it can; the rest is graded here. */
async function gradeStale(tree: string, stale: Exercise[], budgets: Partial<Budgets>, daemon: DaemonUse | undefined): Promise<ExerciseOutcome[]> {
  // The runner and the daemon's client load only when something has to run: an unchanged grade never needs them.
  if (daemon && path.resolve(tree) === path.join(graderWorkspace, 'exercises')) {
    const { DaemonClient, daemonAllowed } = await import('../daemon/daemon-client.ts');
    if (daemonAllowed()) {
      const client = new DaemonClient(graderWorkspace);
      const served = stale.length <= DAEMON_MAX ? await client.grade(stale, budgets) : undefined;
      if (served) return served;
      daemon.startAfter = () => client.startIfWanted(stale[0]);
    }
  }
  return (await import('./grade-tree.ts')).gradeTree(tree, stale, { batch: 'crashed', budgets });
}
