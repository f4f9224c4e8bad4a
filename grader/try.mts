import { gradeEntries } from '/work/main/grader/src/run/grade-entries.ts';
const ws = '/work/main';
const suite = ws + '/grader/suites/07-algorithms/bisect.test.ts';
const t0 = Date.now();
const out = await gradeEntries(ws, [
  { stage: '07-algorithms', exercise: 'bisect', suite, implRoot: ws + '/solutions' },
  { stage: '07-algorithms', exercise: 'bisect', suite, implRoot: ws + '/exercises' },
  { stage: '07-algorithms', exercise: 'bisect', suite, implRoot: ws + '/solutions', overrides: { '07-algorithms/bisect': ws + '/grader/mistakes/07-algorithms/bisect/ignores-bounds.ts' } },
], { keepScratch: process.argv.includes('--keep') });
console.log(Date.now() - t0, 'ms');
for (const o of out) console.log(o.status, o.passed, o.total, o.message ?? '', o.tests.filter(t => t.status === 'failed').map(t => t.name + ' :: ' + (t.message ?? '').slice(0, 200)).slice(0, 2));
