// The grading process: one Vitest run over generated wrapper files, one per entry of the spec.
// Started and watched by `supervise.ts`; results go to the file named in the spec, never stdout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { standardDecorators } from '@roadmap/vitest-preset';
import { createVitest } from 'vitest/node';
import { implResolver } from './impl-resolver.ts';
import { ResultsReporter } from './results-reporter.ts';
import type { RunSpec } from './spec.ts';

const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as RunSpec;
const here = path.dirname(fileURLToPath(import.meta.url));
const wrappers = path.join(spec.scratch, 'w');
const watchdogDir = path.join(spec.scratch, 'watchdog');

const files = spec.entries.map((e, i) => path.join(wrappers, String(i), e.stage, `${e.exercise}.test.ts`));

process.env.ROADMAP_TEST_MS = String(spec.budgets.testMs);
process.env.ROADMAP_WATCHDOG_DIR = watchdogDir;

const vitest = await createVitest(
  'test',
  {
    config: false,
    root: spec.workspace,
    dir: wrappers,
    include: ['**/*.test.ts'],
    watch: false,
    reporters: [new ResultsReporter(path.join(spec.scratch, 'results.ndjson'), spec.entries.map((e) => e.implRoot))],
    pool: 'forks',
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
await vitest.start(files);
await vitest.close();
process.exit(0);
