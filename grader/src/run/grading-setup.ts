// Setup file of every graded test file: arms the watchdog thread around the file's import and
// each test, notes whether a test reached a not-implemented stub, fixes property-test seeds and
// freezes the built-ins assertions rely on.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { freezeIntrinsics } from './freeze-intrinsics.ts';

const dir = process.env.ROADMAP_WATCHDOG_DIR;
const g = globalThis as { __vitest_worker__?: { filepath?: string }; __roadmapTodoHits?: number };
const file = g.__vitest_worker__?.filepath ?? '';
// A suite may ask for a longer budget (`// @grader-budget-ms 30000`); its wrapper carries it.
const ownBudget = file ? /^\/\/ budget-ms: (\d+)/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
const budgetMs = Number(ownBudget ?? process.env.ROADMAP_TEST_MS ?? 10_000);
if (ownBudget) vi.setConfig({ testTimeout: Math.max(1000, budgetMs - 1000), hookTimeout: budgetMs });

const deadline = new Int32Array(new SharedArrayBuffer(4));
const origin = Date.now();
let thread: Worker | undefined;
if (dir) {
  thread = new Worker(new URL('./watchdog-thread.mjs', import.meta.url), {
    workerData: { deadline, origin, recordFile: path.join(dir, `${process.pid}-${randomUUID()}.json`), budgetMs },
  });
  thread.unref();
}

function arm(label: string): void {
  thread?.postMessage({ label, file });
  Atomics.store(deadline, 0, Date.now() - origin + budgetMs);
}

// Same submission, same verdict: property tests draw the same cases on every run.
fc.configureGlobal({ seed: 20261130, numRuns: 100, includeErrorInReport: true });
freezeIntrinsics();
arm('import');

beforeEach((ctx) => {
  g.__roadmapTodoHits = 0;
  arm(ctx.task.fullName.split(' > ').slice(1).join(' > ') || ctx.task.name);
});

afterEach((ctx) => {
  (ctx.task.meta as { todoHits?: number }).todoHits = g.__roadmapTodoHits ?? 0;
  arm(`after ${ctx.task.name}`);
});

afterAll(() => {
  Atomics.store(deadline, 0, 0);
});
