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
