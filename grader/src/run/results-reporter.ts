import { appendFileSync } from 'node:fs';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { batchMarkerPattern, entriesOfFile, type ResultLine } from './spec.ts';

const MESSAGE_CAP = 4000;

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const cap = (s: string) => (s.length > MESSAGE_CAP ? `${s.slice(0, MESSAGE_CAP)}… (cut)` : s);


interface ErrorLike {
  name?: string;
  message?: string;
  diff?: string;
  stack?: string;
}

const describeError = (e: ErrorLike): string =>
  cap(stripAnsi([`${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message ?? String(e)}`, e.diff].filter(Boolean).join('\n')));

/** First stack frame inside a learner's file, as `path:line`. */
const learnerFrame = (e: ErrorLike, roots: string[]): string | undefined => {
  for (const line of (e.stack ?? '').split('\n')) {
    const m = /(\/[^\s():]+\.ts):(\d+)(?::\d+)?/.exec(line);
    if (m && roots.some((r) => m[1]!.startsWith(r))) return `${m[1]}:${m[2]}`;
  }
  return undefined;
};

/**
 * Appends one JSON line per finished test and module to a results file, so a run killed halfway
 * still leaves what it learned. Only tests this reporter saw pass count as passed.
 */
export class ResultsReporter implements Reporter {
  constructor(
    private readonly out: string,
    private readonly implRoots: string[],
  ) {}

  private write(line: ResultLine): void {
    // Through the IPC channel to the supervisor when there is one: code under test runs in other
    // processes and cannot reach it, unlike a file it could append to.
    if (process.send) process.send({ roadmapResult: line });
    else appendFileSync(this.out, `${JSON.stringify(line)}\n`);
  }

  onTestCaseResult(test: TestCase): void {
    const r = test.result();
    const state = r.state === 'passed' || r.state === 'failed' ? r.state : 'skipped';
    const errors = (r.errors ?? []) as readonly ErrorLike[];
    const todo = ((test.meta() as { todoHits?: number }).todoHits ?? 0) > 0 || errors.some((e) => e.name === 'NotImplementedError');
    // A batch file wraps each entry's suite in a describe named for the entry.
    const [first, last] = entriesOfFile(test.module.moduleId);
    const names = test.fullName.split(' > ');
    const marker = last > first ? batchMarkerPattern.exec(names[0]!) : null;
    this.write({
      kind: 'test',
      entry: last > first ? (marker ? Number(marker[1]) : -1) : first,
      name: last > first ? names.slice(1).join(' > ') : test.fullName,
      state,
      ms: Math.round(test.diagnostic()?.duration ?? 0),
      todo,
      ...(errors.length ? { message: errors.map(describeError).join('\n'), location: errors.map((e) => learnerFrame(e, this.implRoots)).find(Boolean) } : {}),
    });
  }

  onTestModuleEnd(module: TestModule): void {
    const [first, last] = entriesOfFile(module.moduleId);
    const errors = module.errors().map((e) => describeError(e as ErrorLike));
    for (let entry = first; entry <= last; entry++) this.write({ kind: 'module', entry, state: module.state(), errors });
  }

  onTestRunEnd(_modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<unknown>, reason: string): void {
    this.write({ kind: 'end', reason, errors: unhandled.map((e) => describeError(e as ErrorLike)) });
  }
}
