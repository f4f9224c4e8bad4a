import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { classify, type ExerciseOutcome } from './classify.ts';
import { type Budgets, defaultBudgets, type ResultLine, type RunEntry, type RunSpec } from './spec.ts';
import { makeScratch, readWatchdogRecords, type RunnerProcess, startRunner, writeBatches, writeWrappers } from './supervise.ts';

/**
 * A grading process kept alive between runs, for a loop that re-grades one exercise on every
 * save: Vitest is loaded once, so a run costs one test worker, not a cold start. A run that
 * overruns its wall clock kills the process; the next run starts a new one.
 */
export class WarmRunner {
  readonly #workspace: string;
  readonly #budgets: Budgets;
  readonly #workers: number;
  readonly #isolate: RunSpec['isolate'];
  readonly #scratch = makeScratch('roadmap-warm-');
  #runner: RunnerProcess | undefined;
  #ready: Promise<boolean> | undefined;
  #entries = 0;
  #runs = 0;

  constructor(workspace: string, opts: { budgets?: Partial<Budgets>; workers?: number; isolate?: RunSpec['isolate'] } = {}) {
    this.#isolate = opts.isolate;
    this.#workspace = workspace;
    this.#budgets = { ...defaultBudgets, runMs: 60_000, ...opts.budgets };
    this.#workers = opts.workers ?? 2;
  }

  /** Starts the process now (it takes about a second), so the first run need not wait for it. */
  start(): void {
    if (this.#runner) return;
    rmSync(path.join(this.#scratch.dir, 'w'), { recursive: true, force: true });
    this.#entries = 0;
    const scratch = this.#scratch.dir;
    const runner = startRunner({ workspace: this.#workspace, entries: [], scratch, budgets: this.#budgets, workers: this.#workers, ...(this.#isolate ? { isolate: this.#isolate } : {}) }, { warm: true });
    this.#runner = runner;
    this.#ready = new Promise((resolve) => {
      runner.child.on('message', (m: { roadmapReady?: boolean }) => m?.roadmapReady && resolve(true));
      runner.child.on('exit', () => {
        resolve(false);
        if (this.#runner === runner) this.#runner = undefined;
      });
    });
  }

  /**
   * Grades the entries; `changed` names files edited since the last run (their cache is dropped),
   * each range of `batches` (indices into `entries`) shares one test file, and `runMs` is the
   * wall clock of this run.
   */
  async grade(entries: RunEntry[], changed: string[] = [], batches: [number, number][] = [], runMs = this.#budgets.runMs): Promise<ExerciseOutcome[]> {
    this.start();
    const runner = this.#runner!;
    // The wall clock covers the start too: a process that never says it is ready is killed.
    let startTimer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (startTimer = setTimeout(() => resolve('late'), runMs)));
    const ready = await Promise.race([this.#ready!, late]);
    clearTimeout(startTimer);
    if (ready !== true) {
      if (ready === 'late') this.#stop();
      return classify(entries, { lines: [], wallClockHit: ready === 'late', exitCode: runner.child.exitCode, outputTail: runner.tail() });
    }
    const first = this.#entries;
    this.#entries += entries.length;
    const id = ++this.#runs;
    writeWrappers(this.#scratch.dir, entries, first);
    writeBatches(this.#scratch.dir, entries, batches, first);
    const watchdog = path.join(this.#scratch.dir, 'watchdog');
    rmSync(watchdog, { recursive: true, force: true });
    mkdirSync(watchdog, { recursive: true });
    const lines: ResultLine[] = [];
    const own = (l: ResultLine) => l.kind === 'end' || (l.entry >= first && l.entry < first + entries.length);
    const rebase = (l: ResultLine): ResultLine => (l.kind === 'end' ? l : { ...l, entry: l.entry - first });
    let wallClockHit = false;
    const ended = await new Promise<boolean>((resolve) => {
      const onMessage = (m: { roadmapResult?: ResultLine; roadmapDone?: number }) => {
        if (m?.roadmapResult && own(m.roadmapResult)) lines.push(rebase(m.roadmapResult));
        if (m?.roadmapDone === id) done(true);
      };
      const onExit = () => done(false);
      const timer = setTimeout(() => {
        wallClockHit = true;
        done(false);
      }, runMs);
      const done = (finished: boolean) => {
        clearTimeout(timer);
        runner.child.off('message', onMessage);
        runner.child.off('exit', onExit);
        resolve(finished);
      };
      runner.child.on('message', onMessage);
      runner.child.on('exit', onExit);
      runner.child.send({ run: { id, entries, batches, changed } });
    });
    if (!ended) this.#stop();
    if (readdirSync(watchdog).length > 0) lines.push(...readWatchdogRecords(watchdog).filter(own).map(rebase));
    return classify(entries, { lines, wallClockHit, exitCode: ended ? null : runner.child.exitCode, outputTail: runner.tail() });
  }

  #stop(): void {
    this.#runner?.killGroup();
    this.#runner = undefined;
  }

  /** Stops the process and removes its scratch folder. */
  close(): void {
    this.#stop();
    this.#scratch.dispose();
  }
}
