import { gradeEntries } from './src/run/grade-entries.ts';
const ws = '/work/main';
const suite = ws + '/grader/suites/07-algorithms/bisect.test.ts';
const names = process.argv.slice(2);
const entries = names.map((n) => ({ stage: '07-algorithms', exercise: 'bisect', suite, implRoot: ws + '/solutions', overrides: { '07-algorithms/bisect': '/tmp/hostile/' + n } }));
const t0 = Date.now();
const out = await gradeEntries(ws, entries, { budgets: { testMs: 3000, runMs: 60000 }, keepScratch: true });
console.log(Date.now() - t0, 'ms');
out.forEach((o, i) => console.log(names[i] ?? 'solution', o.status, o.passed, o.total, (o.message ?? '').slice(0, 300).replace(/\n/g, ' | ')));
