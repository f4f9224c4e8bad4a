import pc from 'picocolors';
import type { CohortReport, StudentStage } from './report-types.ts';

const WIDTH = 80;
const fit = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const pct = (x: number) => `${Math.round(x * 100)}`;

/** The terminal view: students × stages (fits 80 columns for up to 14 stages), then the class's trouble spots. */
export function formatTable(report: CohortReport, color = false): string {
  const c = pc.createColors(color);
  const idWidth = 12;
  const cell = (s: StudentStage) => {
    if (s.status === 'no-submission') return c.dim('  -');
    if (s.status === 'passed') return c.green('  ✔');
    if (s.status === 'not-started') return c.dim('  ·');
    return c.yellow(pct(s.passed / s.total).padStart(3));
  };
  const head = report.stages.map((s) => ` ${s.id.slice(0, 2).padStart(3)}`).join('');
  const lines = [
    c.bold(`Cohort as of ${report.asOf.slice(0, 16).replace('T', ' ')} UTC · ${report.students.length} students · ${report.stages.length} stages`),
    '',
    `${fit('student', idWidth)}${head}   total`,
    ...report.students.map((s) => {
      const total = s.submission === 'graded' ? `${s.passed}/${s.total}` : s.submission === 'no-submission' ? 'none' : 'never';
      return `${fit(s.id, idWidth)}${report.stages.map((st) => ` ${cell(s.stages[st.id]!)}`).join('')} ${total.padStart(7)}`;
    }),
    `${fit('pass rate %', idWidth)}${report.stages.map((s) => ` ${pct(s.passRate).padStart(3)}`).join('')}`,
    c.dim(`✔ stage passed · NN % of its exercises passed · · not started · - no submission`),
  ];
  if (report.mostFailedTests.length) {
    lines.push('', c.bold('Most-failed tests (students failing)'));
    for (const t of report.mostFailedTests) lines.push(fit(`${String(t.failures).padStart(4)}  ${t.stage.slice(0, 2)} ${t.exercise} › ${t.test}`, WIDTH).trimEnd());
  }
  lines.push('', c.bold(`Stuck: no new passing test for ${report.stuckDays}+ days`));
  if (!report.stuck.length) lines.push(c.dim('  nobody'));
  for (const s of report.stuck) lines.push(fit(`  ${s.id}  on ${s.stage}, ${s.days} days since ${s.since.slice(0, 10)}`, WIDTH).trimEnd());
  return `${lines.join('\n')}\n`;
}
