import path from 'node:path';
import pc from 'picocolors';
import { progressBar } from '../report/progress-bar.ts';
import { renderList } from '../report/list.ts';
import { currentExercise, type LearnState } from './learn-state.ts';

const firstLines = (s: string | undefined, n: number) => (s ?? '').split('\n').filter((l) => l.trim()).slice(0, n);
const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s);

/** Word-wraps `text` to `width` columns, continuation lines indented by `indent` spaces. */
export function wrap(text: string, width: number, indent = 2): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = ' '.repeat(indent) + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The learn screen as text, at most `width` columns wide. */
export function renderLearn(s: LearnState, opts: { colors: boolean; width?: number; fileOf: (stage: string, id: string) => string; poll: boolean }): string {
  const c = pc.createColors(opts.colors);
  const w = Math.max(60, Math.min(opts.width ?? 80, 120));
  if (s.mode === 'list') {
    const body = renderList(s.stages, [...s.status].map(([key, status]) => ({ stage: key.split('/')[0]!, exercise: key.split('/')[1]!, status, passed: 0, failed: 0, total: 0, tests: [] })), { colors: opts.colors, current: s.order[s.listCursor]?.key });
    return `${body}\n\n${c.dim('↑/↓ or j/k move · enter jumps there · esc goes back')}`;
  }
  const lines: string[] = [];
  const all = s.order.length;
  const done = s.order.filter((e) => s.status.get(e.key) === 'passed').length;
  lines.push(`${c.bold('Roadmap TS · learn')}  ${progressBar(done, all, 30)}`);
  const ex = currentExercise(s);
  if (!ex) {
    lines.push('', c.green('Every exercise passes. Congratulations!'), '', c.dim('[l] list  [q] quit'));
    return lines.join('\n');
  }
  const stage = s.stages.find((st) => st.id === ex.stage)!;
  const sDone = stage.exercises.filter((e) => s.status.get(e.key) === 'passed').length;
  lines.push(`${fit(`${stage.id} ${stage.title}`, 38).padEnd(38)}  ${progressBar(sDone, stage.exercises.length, 30)}`, '');
  if (s.note) lines.push(c.green(fit(s.note, w)), '');
  lines.push(`${c.bold(fit(`▶ ${ex.key}: ${ex.title}`, w))}`);
  lines.push(`  ${c.cyan(opts.fileOf(ex.stage, ex.id))}`);
  if (ex.python) lines.push(c.dim(fit(`  Python: ${ex.python}`, w)));
  lines.push('');
  const r = s.result;
  if (s.busy) lines.push(c.yellow('… grading'));
  else if (!r || r.status === 'not-started') lines.push(c.dim('Not started: edit the file and save; it is graded on every save.'));
  else if (r.status === 'passed') lines.push(c.green(`✔ passed: ${r.passed}/${r.total} tests`));
  else {
    const head = r.status === 'failed' ? `✘ ${r.failed} of ${r.total} hidden tests fail` : r.status === 'timeout' ? '⏱ timeout' : '! error';
    lines.push(c.red(head));
    for (const m of firstLines(r.message, 3)) lines.push(`  ${fit(m, w - 2)}`);
    for (const t of r.tests.filter((t) => t.status === 'failed').slice(0, 3)) {
      lines.push(`  ${c.red('✘')} ${fit(t.name, w - 4)}`);
      for (const m of firstLines(t.message, 4)) lines.push(`    ${c.dim(fit(m, w - 4))}`);
      if (t.location) lines.push(`    ${c.cyan(path.relative(process.cwd(), t.location))}`);
    }
    for (const t of (r.typeErrors ?? []).slice(0, 5)) lines.push(`  ${c.yellow('type')} ${c.cyan(t.at)} ${fit(t.message.split('\n')[0]!, w - t.at.length - 8)}`);
  }
  const shown = s.hintsShown.get(ex.key) ?? 0;
  if (shown > 0) {
    lines.push('');
    ex.hints.slice(0, shown).forEach((h, i) => {
      const [first = '', ...rest] = wrap(`Hint ${i + 1}/${ex.hints.length}: ${h}`, w);
      lines.push(c.yellow(first), ...rest);
    });
  }
  lines.push('');
  if (s.mode === 'confirm-reset') lines.push(c.yellow(`Reset ${ex.id} to its stub? Your changes are lost. [y/N]`));
  else lines.push(c.dim('[n] next  [h] hint  [l] list  [r] reset  [c] check now  [q] quit'));
  lines.push(c.dim(fit(opts.poll ? 'Polling for saves every 500 ms.' : 'Saves not picked up (network drive, VM)? Press c, or run pnpm learn --poll.', w)));
  return lines.map((l) => l.trimEnd()).join('\n');
}
