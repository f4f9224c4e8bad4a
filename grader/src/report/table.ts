import path from 'node:path';
import pc from 'picocolors';
import type { ExerciseStatus } from '../run/classify.ts';
import type { GradeSummary } from './summary.ts';

type Colors = ReturnType<typeof pc.createColors>;

const mark = (c: Colors): Record<ExerciseStatus, string> => ({
  passed: c.green('✔ passed'),
  failed: c.red('✘ failed'),
  'not-started': c.dim('· not started'),
  error: c.red('! error'),
  timeout: c.yellow('⏱ timeout'),
});

const pad = (s: string, n: number) => (s.length >= n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const firstLine = (s: string | undefined) => (s ?? '').split('\n').find((l) => l.trim()) ?? '';

/**
 * The report a person reads at a glance: one row per stage (or per exercise, when one stage is
 * selected), what failed and where, then the next exercise. Fits in 80 columns.
 */
export function renderTable(summary: GradeSummary, opts: { colors?: boolean; detail?: boolean } = {}): string {
  const c = pc.createColors(opts.colors ?? false);
  const m = mark(c);
  const lines: string[] = [];
  const perExercise = opts.detail ?? summary.stages.length === 1;
  lines.push(c.bold(`Graded ${summary.target}`), '');
  if (perExercise) {
    for (const stage of summary.stages) {
      lines.push(c.bold(`${stage.id}  ${stage.title}`));
      lines.push(c.dim(`  ${pad('Exercise', 40)} ${'Tests'.padStart(9)}   Status`));
      for (const e of stage.exercises) lines.push(`  ${pad(e.id, 40)} ${`${e.passed}/${e.total}`.padStart(9)}   ${m[e.status]}`);
      lines.push('');
    }
  } else {
    lines.push(c.dim(`  ${pad('Stage', 40)} ${'Exercises'.padStart(9)} ${'Tests'.padStart(9)}   Status`));
    for (const s of summary.stages) {
      const done = s.exercises.filter((e) => e.status === 'passed').length;
      const status = s.status === 'not-started' && done > 0 ? c.cyan('… in progress') : m[s.status];
      lines.push(`  ${pad(`${s.id.slice(0, 2)} ${s.title}`, 40)} ${`${done}/${s.exercises.length}`.padStart(9)} ${`${s.passed}/${s.total}`.padStart(9)}   ${status}`);
    }
    lines.push('');
  }
  const troubled = summary.stages.flatMap((s) => s.exercises.filter((e) => e.status === 'failed' || e.status === 'error' || e.status === 'timeout').map((e) => ({ s, e })));
  for (const { s, e } of troubled.slice(0, 5)) {
    lines.push(`${m[e.status]} ${c.bold(`${s.id}/${e.id}`)}`);
    if (e.message) lines.push(`    ${pad(firstLine(e.message), 74)}`);
    for (const t of e.tests.filter((t) => t.status === 'failed').slice(0, 3)) {
      lines.push(`    ${c.red('✘')} ${pad(t.name, 72)}`);
      if (t.message) lines.push(`      ${c.dim(pad(firstLine(t.message), 72))}`);
      if (t.location) lines.push(`      ${c.cyan(path.relative(process.cwd(), t.location) || t.location)}`);
    }
    for (const t of (e.typeErrors ?? []).slice(0, 3)) {
      lines.push(`    ${c.yellow('type')} ${c.cyan(t.at)} ${c.dim(t.code)}`);
      lines.push(`      ${pad(firstLine(t.message), 72)}`);
    }
  }
  if (troubled.length > 5) lines.push(c.dim(`… and ${troubled.length - 5} more; grade one stage for its details: pnpm grade <stage>`));
  if (troubled.length) lines.push('');
  const exercises = summary.stages.flatMap((s) => s.exercises);
  const passedEx = exercises.filter((e) => e.status === 'passed').length;
  lines.push(`Exercises ${passedEx}/${exercises.length} passed · tests ${summary.passed}/${summary.total}`);
  if (summary.next) {
    lines.push(`${c.bold('Next:')} ${summary.next.stage}/${summary.next.exercise}: ${summary.next.title}`);
    lines.push(`      ${c.cyan(summary.next.file)}`);
  } else if (exercises.length) {
    lines.push(c.green('Everything selected passes.'));
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}
