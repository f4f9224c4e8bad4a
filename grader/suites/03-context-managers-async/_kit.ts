import { vi } from 'vitest';

/**
 * `vi.useFakeTimers()` that also works under the grader's frozen intrinsics: Vitest's fake clock
 * assigns `ClockDate.toString = ...` on a subclass of `Date`, which throws when the inherited
 * `toString` comes from the frozen `Function.prototype`. An own writable `Date.toString` (the same
 * function) turns that assignment into an own property of the subclass instead.
 */
export function useFakeTimers(): void {
  if (!Object.hasOwn(Date, 'toString')) {
    Object.defineProperty(Date, 'toString', { value: Function.prototype.toString, writable: true, configurable: true });
  }
  vi.useFakeTimers();
}

export type Deferred<T> = { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };

/** A promise with its resolve/reject handed out (Python: an asyncio.Future). */
export const deferred = <T = void>(): Deferred<T> => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

export type Tracked<T> = { state: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/** Watches a promise without awaiting it: its state and value/reason, updated as it settles. */
export const track = <T>(p: Promise<T>): Tracked<T> => {
  const t: Tracked<T> = { state: 'pending' };
  p.then(
    (value) => Object.assign(t, { state: 'fulfilled', value }),
    (reason: unknown) => Object.assign(t, { state: 'rejected', reason }),
  );
  return t;
};

// Taken before any test installs fake timers: `settles` needs the real event loop and clock.
const realSetImmediate = globalThis.setImmediate;
const realNow = performance.now.bind(performance);
const turn = () => new Promise<void>((resolve) => realSetImmediate(resolve));

/**
 * `p`, or a failure saying `what` never settled, once it is still pending after the event loop
 * has turned `turns` times (and at least `minMs`) with `idle()` true throughout (by default always:
 * nothing left to run could settle it). A lost wake-up then fails in milliseconds, with a message,
 * instead of waiting out the test's whole time budget.
 */
export function settles<T>(p: Promise<T>, what: string, idle: () => boolean = () => true, turns = 20, minMs = 50): Promise<T> {
  let done = false;
  const watched = p.finally(() => {
    done = true;
  });
  const stuck = async () => {
    const started = realNow();
    for (let quiet = 0; quiet < turns || realNow() - started < minMs; ) {
      await turn();
      if (done) return;
      quiet = idle() ? quiet + 1 : 0;
    }
    throw new Error(`${what} never settled: it is still pending with nothing left to run that could settle it (a wake-up that never comes?).`);
  };
  return Promise.race([watched, stuck().then(() => watched)]);
}
