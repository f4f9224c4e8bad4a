// pnpm bench: how long `pnpm grade` takes on this machine, cold, unchanged and after one edit.
// Each figure is the median of several runs measured in this one process, side by side.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCurriculum } from '../src/catalog/curriculum.ts';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { daemonAllowed, daemonStatuses, stopDaemons } from '../src/daemon/daemon-client.ts';
import { gradeTree } from '../src/grade/grade-tree.ts';
import { WarmRunner } from '../src/run/warm-runner.ts';
import { fmt, median, timeCommand } from './_measure.ts';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const stages = await loadCurriculum();
const exercises = stages.reduce((n, s) => n + s.exercises.length, 0);
// The grading daemon as a learner has it (on unless ROADMAP_DAEMON says otherwise, even under CI).
const daemonEnv = { ROADMAP_DAEMON: process.env.ROADMAP_DAEMON ?? 'on' };
const useDaemon = daemonAllowed({ ...process.env, ...daemonEnv });
const grade = () => timeCommand('pnpm', ['-s', 'grade', '--json'], { cwd: graderWorkspace, env: { NO_COLOR: '1', ...daemonEnv } });
/** Waits until the daemon the last grade started is ready: what a learner finds seconds later. */
const daemonReady = async () => {
  for (const deadline = Date.now() + 120_000; useDaemon && Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if ((await daemonStatuses(graderWorkspace)).some((d) => d.current && d.ready)) return;
  }
  if (useDaemon) throw new Error('The grading daemon did not become ready within 2 minutes.');
};
// Cold: no stored verdicts, so every exercise is graded.
const clearCache = () => {
  for (const s of stages) rmSync(path.join(graderWorkspace, 'exercises', s.id, '.grade'), { recursive: true, force: true });
};

// The edited stage: BENCH_STAGE, or the algorithms pilot, or the first stage.
const editStage = stages.find((s) => s.id === (process.env.BENCH_STAGE ?? '07-algorithms')) ?? stages[0]!;
const edited = path.join(graderWorkspace, 'exercises', editStage.id, 'src', `${editStage.exercises[0]!.id}.ts`);
const original = readFileSync(edited, 'utf8');
const cold: number[] = [];
const warm: number[] = [];
const oneEdit: number[] = [];
const onSave: number[] = [];
try {
  process.stdout.write(`pnpm bench: ${stages.length} stages, ${exercises} exercises, ${runs} runs each (${os.cpus().length} cores)\n`);
  for (let i = 0; i < runs; i++) {
    // Cold: no daemon either. The cold grade starts one, as it does for a learner.
    await stopDaemons(graderWorkspace);
    clearCache();
    cold.push(grade());
    await daemonReady();
    warm.push(grade());
    appendFileSync(edited, `\n// bench edit ${i} ${Date.now()}\n`);
    oneEdit.push(grade());
    writeFileSync(edited, original);
    grade(); // back to the committed state, cached again
  }
  // The learn loop: a save graded by the process `pnpm learn` keeps alive (stub, then solution).
  const ex = editStage.exercises[0]!;
  const solution = readFileSync(path.join(graderWorkspace, 'solutions', ex.stage, 'src', `${ex.id}.ts`), 'utf8');
  const runner = new WarmRunner(graderWorkspace);
  try {
    await gradeTree(path.join(graderWorkspace, 'exercises'), [ex], { warm: { runner, changed: [] } }); // what `pnpm learn` does first
    for (let i = 0; i < runs * 2; i++) {
      writeFileSync(edited, i % 2 ? original : solution);
      const started = process.hrtime.bigint();
      await gradeTree(path.join(graderWorkspace, 'exercises'), [ex], { warm: { runner, changed: [edited] } });
      onSave.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
  } finally {
    runner.close();
  }
} finally {
  writeFileSync(edited, original);
  await stopDaemons(graderWorkspace);
}
const perStage = median(cold) / stages.length;
const rows: [string, string, string][] = [
  ['cold, all stages', `${fmt(median(cold))} (${fmt(perStage)} per stage)`, 'target ≤ 1.50 s per stage'],
  ['nothing changed', fmt(median(warm)), 'target ≤ 1.50 s'],
  [`one stage edited (${editStage.id})`, fmt(median(oneEdit)), 'target ≤ 2.50 s'],
  ['a save in `pnpm learn`, typecheck included', fmt(median(onSave)), 'target about 1 s'],
];
for (const [what, value, target] of rows) process.stdout.write(`  ${what.padEnd(44)} ${value.padEnd(28)} ${target}\n`);
process.stdout.write(
  useDaemon
    ? '  (grading daemon: stopped before each cold run; "nothing changed" and "one stage edited" use the daemon the cold grade\n   started, timed once it is ready, as a learner finds it seconds after a grade)\n'
    : '  (grading daemon off: ROADMAP_DAEMON=off)\n',
);
process.stdout.write(`  (grade rows: median of ${runs} runs of \`pnpm -s grade --json\` as a learner runs it (cold: stored verdicts removed);\n   learn row: median of ${runs * 2} saves, stub and solution in turn, graded by the process \`pnpm learn\` keeps alive;\n   load average before: ${os.loadavg()[0]!.toFixed(1)})\n`);
