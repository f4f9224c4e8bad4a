import pc from 'picocolors';
import type { Stage } from '../catalog/curriculum.ts';
import type { ExerciseOutcome, ExerciseStatus } from '../run/classify.ts';
import { progressBar } from './progress-bar.ts';

const glyph: Record<ExerciseStatus, string> = { passed: '✔', failed: '✘', 'not-started': '·', error: '!', timeout: '⏱' };

/** Every exercise by stage with its status, a bar per stage and one for the whole curriculum. */
export function renderList(stages: Stage[], outcomes: ExerciseOutcome[], opts: { colors?: boolean; current?: string } = {}): string {
  const c = pc.createColors(opts.colors ?? false);
  const status = new Map(outcomes.map((o) => [`${o.stage}/${o.exercise}`, o.status]));
  const paint = (s: ExerciseStatus | undefined, text: string) =>
    s === 'passed' ? c.green(text) : s === 'failed' || s === 'error' ? c.red(text) : s === 'timeout' ? c.yellow(text) : c.dim(text);
  const all = stages.flatMap((s) => s.exercises);
  const done = all.filter((e) => status.get(e.key) === 'passed').length;
  const lines = [`${c.bold('Progress')} ${progressBar(done, all.length, 40)}`, ''];
  for (const s of stages) {
    const sDone = s.exercises.filter((e) => status.get(e.key) === 'passed').length;
    lines.push(`${c.bold(`${s.id}`.padEnd(30))} ${progressBar(sDone, s.exercises.length, 20)}`);
    for (const e of s.exercises) {
      const st = status.get(e.key);
      const mark = opts.current === e.key ? c.cyan('▶') : ' ';
      lines.push(`${mark} ${paint(st, glyph[st ?? 'not-started'])} ${e.id.padEnd(28).slice(0, 28)} ${c.dim(e.title.slice(0, 44))}`);
    }
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}
