import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '@impl/03-context-managers-async/with-timeout';
import { deferred, track, useFakeTimers } from './_kit.ts';

beforeEach(() => {
  useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const abortListeners = (s: AbortSignal) => getEventListeners(s, 'abort').length;

describe('withTimeout: the promise wins', () => {
  it('resolves with the same value and clears its timer', async () => {
    const d = deferred<{ id: number }>();
    const value = { id: 7 };
    const t = track(withTimeout(d.promise, 100));
    await vi.advanceTimersByTimeAsync(60);
    expect(t.state).toBe('pending');
    d.resolve(value);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.state).toBe('fulfilled');
    expect(t.value).toBe(value);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('rejects with the very same error and clears its timer', async () => {
    const d = deferred<number>();
    const err = new Error('backend down');
    const t = track(withTimeout(d.promise, 100));
    await vi.advanceTimersByTimeAsync(10);
    d.reject(err);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.state).toBe('rejected');
    expect(t.reason).toBe(err);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('lets an already resolved promise win even with ms = 0 (microtasks run before timers)', async () => {
    await expect(withTimeout(Promise.resolve('ready'), 0)).resolves.toBe('ready');
    expect(vi.getTimerCount()).toBe(0);
  });
  it('accepts any thenable and returns a real Promise', async () => {
    const thenable: PromiseLike<number> = { then: (ok) => Promise.resolve(ok?.(42)) as never };
    const p = withTimeout(thenable, 50);
    expect(p).toBeInstanceOf(Promise);
    await expect(p).resolves.toBe(42);
  });
});

describe('withTimeout: the timer wins', () => {
  it('stays pending until exactly ms, then rejects with an Error named TimeoutError', async () => {
    const d = deferred<number>();
    const t = track(withTimeout(d.promise, 100));
    await vi.advanceTimersByTimeAsync(99);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(t.state).toBe('rejected');
    expect(t.reason).toBeInstanceOf(Error);
    expect((t.reason as Error).name).toBe('TimeoutError');
    expect(vi.getTimerCount()).toBe(0);
  });
  it('times out a pending promise with ms = 0 on the next timer tick', async () => {
    const t = track(withTimeout(new Promise(() => {}), 0));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.state).toBe('rejected');
    expect((t.reason as Error).name).toBe('TimeoutError');
  });
  it('ignores the promise settling after the timeout (the result stays the TimeoutError)', async () => {
    const d = deferred<number>();
    const t = track(withTimeout(d.promise, 20));
    await vi.advanceTimersByTimeAsync(20);
    d.resolve(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.state).toBe('rejected');
    expect((t.reason as Error).name).toBe('TimeoutError');
  });
  it('sets no timer at all for ms = Infinity, and waits for the promise', async () => {
    const d = deferred<string>();
    const t = track(withTimeout(d.promise, Infinity));
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1e9);
    expect(t.state).toBe('pending');
    d.resolve('eventually');
    await vi.advanceTimersByTimeAsync(0);
    expect(t).toEqual({ state: 'fulfilled', value: 'eventually' });
  });
  it('throws a RangeError at once for a negative or NaN ms', () => {
    for (const ms of [-1, Number.NaN]) {
      let thrown: unknown = 'nothing';
      try {
        void withTimeout(Promise.resolve(1), ms).catch(() => {});
      } catch (e) {
        thrown = e;
      }
      expect(thrown, `ms = ${ms}`).toBeInstanceOf(RangeError);
    }
  });
});

describe('withTimeout: the signal', () => {
  it('rejects with signal.reason when it aborts first, clearing the timer and its listener', async () => {
    const c = new AbortController();
    const reason = new Error('user cancelled');
    const t = track(withTimeout(new Promise(() => {}), 100, c.signal));
    expect(abortListeners(c.signal)).toBe(1);
    await vi.advanceTimersByTimeAsync(30);
    c.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(t.state).toBe('rejected');
    expect(t.reason).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    expect(abortListeners(c.signal)).toBe(0);
  });
  it('rejects at once with the reason of an already aborted signal, starting no timer', async () => {
    const c = new AbortController();
    c.abort('too late');
    const p = withTimeout(new Promise(() => {}), 100, c.signal);
    expect(vi.getTimerCount()).toBe(0);
    await expect(p).rejects.toBe('too late');
    expect(abortListeners(c.signal)).toBe(0);
  });
  it('removes its abort listener when the promise wins', async () => {
    const c = new AbortController();
    await expect(withTimeout(Promise.resolve(3), 100, c.signal)).resolves.toBe(3);
    expect(abortListeners(c.signal)).toBe(0);
  });
  it('removes its abort listener when the timer wins, and a later abort changes nothing', async () => {
    const c = new AbortController();
    const t = track(withTimeout(new Promise(() => {}), 10, c.signal));
    await vi.advanceTimersByTimeAsync(10);
    expect(abortListeners(c.signal)).toBe(0);
    c.abort(new Error('after the fact'));
    await vi.advanceTimersByTimeAsync(0);
    expect((t.reason as Error).name).toBe('TimeoutError');
  });
  it('leaves other listeners on a shared signal alone', async () => {
    const c = new AbortController();
    const other = () => {};
    c.signal.addEventListener('abort', other);
    await withTimeout(Promise.resolve(1), 10, c.signal);
    expect(getEventListeners(c.signal, 'abort')).toEqual([other]);
  });
});

describe('withTimeout: the earliest event decides (model)', () => {
  it('agrees with "first of settle, abort, timeout" for random timelines, leaving nothing behind', async () => {
    const times = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 3, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(times, fc.boolean(), fc.boolean(), fc.boolean(), async ([settleAt, abortAt, ms], rejects, useSignal, infinite) => {
        vi.clearAllTimers();
        const c = new AbortController();
        const d = deferred<string>();
        const err = new Error('settled with an error');
        const limit = infinite ? Infinity : ms!;
        const t = track(withTimeout(d.promise, limit, useSignal ? c.signal : undefined));
        setTimeout(() => (rejects ? d.reject(err) : d.resolve('value')), settleAt);
        if (useSignal) setTimeout(() => c.abort('aborted'), abortAt);
        await vi.advanceTimersByTimeAsync(250);
        const events: [number, string][] = [[settleAt!, rejects ? 'error' : 'value']];
        if (useSignal) events.push([abortAt!, 'aborted']);
        if (!infinite) events.push([ms!, 'timeout']);
        const first = events.sort((a, b) => a[0] - b[0])[0]![1];
        const got = t.state === 'fulfilled' ? t.value : t.reason === err ? 'error' : (t.reason as Error)?.name === 'TimeoutError' ? 'timeout' : t.reason;
        expect({ settleAt, abortAt: useSignal ? abortAt : 'no signal', ms: limit, got }).toEqual({ settleAt, abortAt: useSignal ? abortAt : 'no signal', ms: limit, got: first });
        expect(abortListeners(c.signal)).toBe(0);
      }),
    );
  });
});
