import { describe, expect, it, vi } from 'vitest';
import { timed, type TimingRecord } from '@impl/01-functions-decorators/timed';

// Oracle: an injected fake clock that only moves when the test (or the method body) moves it.
function fakeClock() {
  const state = { now: 1000 };
  const clock = vi.fn(() => state.now);
  return { state, clock };
}

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('@timed', () => {
  it('records the clock difference around a synchronous call and returns its value', () => {
    const { state, clock } = fakeClock();
    const log: TimingRecord[] = [];
    class Job {
      @timed(clock, (r) => log.push(r))
      work(n: number): number {
        state.now += 5;
        return n * 2;
      }
    }
    expect(new Job().work(21)).toBe(42);
    expect(log).toEqual([{ name: 'work', ms: 5, ok: true }]);
  });

  it('reads the clock exactly twice per call, and not when the class is defined', () => {
    const { state, clock } = fakeClock();
    const log: TimingRecord[] = [];
    class Job {
      @timed(clock, (r) => log.push(r))
      work(): void {
        state.now += 1;
      }
    }
    expect(clock).toHaveBeenCalledTimes(0);
    const j = new Job();
    j.work();
    j.work();
    expect(clock).toHaveBeenCalledTimes(4);
    expect(log.map((r) => r.ms)).toEqual([1, 1]);
  });

  it('records a call that throws with ok false and rethrows the same error', () => {
    const { state, clock } = fakeClock();
    const log: TimingRecord[] = [];
    const boom = new RangeError('boom');
    class Job {
      @timed(clock, (r) => log.push(r))
      fail(): number {
        state.now += 7;
        throw boom;
      }
    }
    let caught: unknown;
    try {
      new Job().fail();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(boom);
    expect(log).toEqual([{ name: 'fail', ms: 7, ok: false }]);
  });

  it('times an async method until its promise settles, not until it returns', async () => {
    const { state, clock } = fakeClock();
    const log: TimingRecord[] = [];
    const gate = deferred<string>();
    class Job {
      @timed(clock, (r) => log.push(r))
      async fetch(): Promise<string> {
        state.now += 2;
        const v = await gate.promise;
        return `got ${v}`;
      }
    }
    const p = new Job().fetch();
    expect(log).toEqual([]); // still running
    state.now += 30;
    gate.resolve('data');
    expect(await p).toBe('got data');
    expect(log).toEqual([{ name: 'fetch', ms: 32, ok: true }]);
  });

  it('records a rejected promise with ok false and passes the rejection on', async () => {
    const { state, clock } = fakeClock();
    const log: TimingRecord[] = [];
    const gate = deferred<void>();
    const err = new Error('network down');
    class Job {
      @timed(clock, (r) => log.push(r))
      async fetch(): Promise<void> {
        await gate.promise;
        throw err;
      }
    }
    const p = new Job().fetch().then(
      () => 'resolved',
      (e: unknown) => e,
    );
    state.now += 12;
    gate.resolve();
    expect(await p).toBe(err);
    expect(log).toEqual([{ name: 'fetch', ms: 12, ok: false }]);
  });

  it('records nested calls innermost first, each with its own duration', () => {
    const { state, clock } = fakeClock();
    const log: TimingRecord[] = [];
    class Tree {
      @timed(clock, (r) => log.push(r))
      sum(n: number): number {
        state.now += 1;
        return n === 0 ? 0 : n + this.sum(n - 1);
      }
    }
    expect(new Tree().sum(3)).toBe(6);
    expect(log).toEqual([
      { name: 'sum', ms: 1, ok: true },
      { name: 'sum', ms: 2, ok: true },
      { name: 'sum', ms: 3, ok: true },
      { name: 'sum', ms: 4, ok: true },
    ]);
  });

  it('passes this and the arguments through', () => {
    const { clock } = fakeClock();
    class Greeter {
      constructor(readonly greeting: string) {}
      @timed(clock, () => {})
      greet(name: string, punct: string): string {
        return `${this.greeting}, ${name}${punct}`;
      }
    }
    expect(new Greeter('Hello').greet('Ada', '!')).toBe('Hello, Ada!');
  });

  it('uses the decorated method name, also for several methods of one class', () => {
    const { state, clock } = fakeClock();
    const log: TimingRecord[] = [];
    const rec = (r: TimingRecord) => log.push(r);
    class Job {
      @timed(clock, rec)
      load(): void {
        state.now += 3;
      }
      @timed(clock, rec)
      save(): void {
        state.now += 4;
      }
    }
    const j = new Job();
    j.save();
    j.load();
    expect(log).toEqual([
      { name: 'save', ms: 4, ok: true },
      { name: 'load', ms: 3, ok: true },
    ]);
  });
});
