// pnpm bench:cohort: grade N synthetic submissions (the solutions with known mistakes planted)
// the way `pnpm cohort grade` does, then the naive way (one `vitest run` per submission and
// stage) on a sample, and an unchanged re-grade; all measured in this one run. The kept PGlite
// cluster is removed first, so the cold run pays for the set-up steps as a fresh machine does.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCurriculum } from '../src/catalog/curriculum.ts';
import { graderWorkspace } from '../src/catalog/workspace.ts';
import { gradeCohort } from '../src/cohort/grade-cohort.ts';
import { makeSyntheticCohort } from '../src/cohort/synthetic-cohort.ts';
import { fmt, timeCommand } from './_measure.ts';

const require = createRequire(import.meta.url);
const students = Number(process.env.BENCH_STUDENTS ?? 100);
const sample = Math.min(students, Number(process.env.BENCH_NAIVE_SAMPLE ?? 3));
const stages = await loadCurriculum();
const dir = mkdtempSync(path.join(os.tmpdir(), 'roadmap-bench-cohort-'));
const seconds = async (f: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  await f();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

const keptDir = path.join(graderWorkspace, 'node_modules', '.cache', 'roadmap');
for (const f of existsSync(keptDir) ? readdirSync(keptDir) : []) if (f.startsWith('roadmap-pglite-')) rmSync(path.join(keptDir, f));

try {
  makeSyntheticCohort(dir, stages, { students, faultsPerStudent: 2, seed: 11 });
  const exercises = stages.reduce((n, s) => n + s.exercises.length, 0);
  process.stdout.write(`pnpm bench:cohort: ${students} submissions × ${stages.length} stages (${exercises} exercises), ${os.cpus().length} cores\n`);
  const base = { roster: path.join(dir, 'roster.csv'), submissions: path.join(dir, 'submissions'), db: path.join(dir, 'gradebook.sqlite') };
  let summary: Awaited<ReturnType<typeof gradeCohort>> | undefined;
  const cold = await seconds(async () => {
    summary = await gradeCohort(base);
  });
  const warm = await seconds(() => gradeCohort(base));

  // The naive way: a fresh `vitest run` for every submission and stage.
  const vitestBin = path.join(path.dirname(require.resolve('vitest/package.json', { paths: [path.join(graderWorkspace, 'grader')] })), 'vitest.mjs');
  const preset = pathToFileURL(path.join(graderWorkspace, 'packages', 'vitest-preset', 'src', 'index.js')).href;
  let naive = 0;
  for (let i = 0; i < sample; i++) {
    const sub = path.join(dir, 'submissions', `s${String(i + 1).padStart(3, '0')}`);
    for (const s of stages) {
      const config = path.join(dir, `naive-${i}-${s.id}.config.mjs`);
      writeFileSync(
        config,
        `import { standardDecorators } from ${JSON.stringify(preset)};
export default {
  plugins: [standardDecorators()],
  resolve: { alias: [
    { find: /^@impl\\/([^/]+)\\/(.+)$/, replacement: ${JSON.stringify(`${sub}/exercises/`)} + '$1/src/$2.ts' },
    { find: '@roadmap/todo', replacement: ${JSON.stringify(path.join(graderWorkspace, 'packages/todo/src/index.ts'))} },
    { find: '@roadmap/testkit', replacement: ${JSON.stringify(path.join(graderWorkspace, 'packages/testkit/src/index.ts'))} },
  ] },
  test: { root: ${JSON.stringify(graderWorkspace)}, include: [${JSON.stringify(`grader/suites/${s.id}/*.test.ts`)}], pool: 'forks', reporters: ['dot'], testTimeout: 20000 },
};
`,
      );
      naive += timeCommand(process.execPath, [vitestBin, 'run', '--config', config], { cwd: path.join(graderWorkspace, 'grader'), env: { NO_COLOR: '1' } });
    }
  }
  const naiveAll = (naive / sample) * students;
  const rows: [string, string, string][] = [
    ['pnpm cohort grade (cold)', fmt(cold), 'target ≤ 120 s'],
    ['  set-up steps, beside the grading', fmt((summary?.prepared ?? []).reduce((t, p) => t + p.ms, 0) / 1000), ''],
    [`naive, one vitest run per submission and stage`, `${fmt(naiveAll)} (measured on ${sample}, × ${+(students / sample).toFixed(1)})`, ''],
    ['speed-up', `${(naiveAll / cold).toFixed(1)}×`, 'target ≥ 10×'],
    ['re-grade, nothing changed', fmt(warm), 'target ≤ 5 s'],
  ];
  for (const [what, value, target] of rows) process.stdout.write(`  ${what.padEnd(48)} ${value.padEnd(34)} ${target}\n`);
  process.stdout.write(`  (${summary?.gradings ?? 0} exercise gradings run for ${students * exercises} graded exercises; sandbox ${summary?.sandbox})\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
