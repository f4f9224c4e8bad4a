// The grading process: Vitest over generated wrapper files, one per entry of the spec. Started and
// watched by `supervise.ts` (one run, then exit) or `warm-runner.ts` (kept alive, one run per
// message). Results travel over IPC, never stdout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { standardDecorators } from '@roadmap/vitest-preset';
import { createVitest } from 'vitest/node';
import { implResolver } from './impl-resolver.ts';
import { ResultsReporter } from './results-reporter.ts';
import { sandboxedPool } from './sandboxed-pool.ts';
import { type RunEntry, type RunSpec, testFiles } from './spec.ts';

const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as RunSpec;
const warm = process.argv[3] === '--warm';
const here = path.dirname(fileURLToPath(import.meta.url));
const wrappers = path.join(spec.scratch, 'w');
const implRoots = [...new Set(spec.entries.map((e) => e.implRoot))];

process.env.ROADMAP_TEST_MS = String(spec.budgets.testMs);
process.env.ROADMAP_WATCHDOG_DIR = path.join(spec.scratch, 'watchdog');

const vitest = await createVitest(
  'test',
  {
    config: false,
    root: spec.workspace,
    dir: wrappers,
    include: ['**/*.test.ts'],
    watch: false,
    reporters: [new ResultsReporter(path.join(spec.scratch, 'results.ndjson'), implRoots)],
    pool: spec.isolate ? sandboxedPool({ workspace: spec.workspace, scratch: spec.scratch, entries: spec.entries, hide: spec.isolate.hide, bwrap: spec.isolate.bwrap }) : 'forks',
    isolate: true,
    maxWorkers: spec.workers ?? 2,
    execArgv: [`--max-old-space-size=${spec.budgets.heapMb}`],
    setupFiles: [path.join(here, 'grading-setup.ts')],
    testTimeout: Math.max(1000, spec.budgets.testMs - 1000),
    hookTimeout: spec.budgets.testMs,
    teardownTimeout: 2000,
    silent: true,
    passWithNoTests: true,
    dangerouslyIgnoreUnhandledErrors: true,
    cache: false,
  },
  {
    plugins: [standardDecorators(), implResolver(spec.workspace, spec.entries)],
    server: { fs: { strict: false } },
    // One TypeScript configuration for every file, whatever tsconfig a graded copy carries.
    tsconfig: path.join(spec.workspace, 'tsconfig.base.json'),
    logLevel: 'silent',
    cacheDir: path.join(spec.scratch, 'tmp', 'vite-cache'),
  },
  // What the code under test prints is dropped here: results travel through the reporter.
  { stdout: sink(), stderr: sink() },
);

skipParsedStacks(vitest);

if (!warm) {
  await vitest.start(testFiles(spec.scratch, spec.entries, spec.batches));
  await vitest.close();
  process.exit(0);
}

/**
 * A run of the warm process: entries appended to the spec's, the ranges of them that share a test
 * file (written by the parent, like the wrappers), and the files whose code changed.
 */
interface WarmRun {
  id: number;
  entries: RunEntry[];
  batches?: [number, number][];
  changed: string[];
}

const project = vitest.getRootProject();
let queue = Promise.resolve();
process.on('message', (m: { run?: WarmRun }) => {
  const run = m?.run;
  if (!run) return;
  queue = queue.then(async () => {
    const first = spec.entries.length;
    spec.entries.push(...run.entries);
    for (const e of run.entries) if (!implRoots.includes(e.implRoot)) implRoots.push(e.implRoot);
    for (const file of run.changed) vitest.invalidateFile(file);
    const specs = testFiles(spec.scratch, run.entries, run.batches, first).map((file) => project.createSpecification(file));
    await vitest.runTestSpecifications(specs);
    process.send!({ roadmapDone: run.id });
  });
});
process.on('disconnect', () => {
  void vitest.close().finally(() => process.exit(0));
});
process.send!({ roadmapReady: true });

/**
 * The grader reads an error's message and its stack text, never the frames Vitest parses from it
 * (`stacks`), and to parse them Vitest reads every file on the stack from disk again, error after
 * error: for a stage of stubs, where every test fails, that was most of this process's time.
 */
function skipParsedStacks(v: typeof vitest): void {
  const run = (v as unknown as { _testRun?: { syncUpdateStacks?: (update: [string, { errors?: unknown[] } | undefined][]) => void } })._testRun;
  if (typeof run?.syncUpdateStacks !== 'function') return;
  run.syncUpdateStacks = (update) => {
    for (const [, result] of update) for (const e of result?.errors ?? []) if (e && typeof e === 'object' && !('stacks' in e)) (e as { stacks: unknown[] }).stacks = [];
  };
}
