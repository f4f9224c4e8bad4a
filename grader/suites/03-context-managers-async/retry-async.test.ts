import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '@roadmap/testkit';
import { retryAsync } from '@impl/03-context-managers-async/retry-async';
import { settles, track, useFakeTimers } from './_kit.ts';

beforeEach(() => {
  useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

/** fn that fails `failures` times (rejecting, or throwing synchronously), then returns 'ok'. */
const flaky = (failures: number, sync = false) => {
  const times: number[] = [];
  const errors: Error[] = [];
  const fn = (attempt: number) => {
    times.push(Date.now());
    if (attempt !== times.length) throw new Error(`attempt number ${attempt} on call ${times.length}`);
    if (times.length <= failures) {
      const e = new Error(`failure ${times.length}`);
      errors.push(e);
      if (sync) throw e;
      return Promise.reject(e);
    }
    return Promise.resolve('ok');
  };
  return { fn, times, errors };
};

/** The delays the rules give, from an independent copy of the seeded generator. */
const model = (o: { retries: number; baseMs: number; factor: number; maxMs: number; jitter: boolean; seed: number }, failures: number) => {
  const rng = mulberry32(o.seed);
  const times = [0];
  for (let k = 1; k <= Math.min(failures, o.retries); k++) {
    const cap = Math.min(o.maxMs, o.baseMs * o.factor ** (k - 1));
    const d = o.jitter ? Math.floor(rng() * cap) : cap;
    times.push(times[times.length - 1]! + d);
  }
  return times;
};

describe('retryAsync: exact timelines (fake timers, seeded rng)', () => {
  it('waits exactly 100, 200, 400 ms for baseMs 100 and the default factor 2', async () => {
    const f = flaky(3);
    const t = track(retryAsync(f.fn, { retries: 5, baseMs: 100 }));
    await vi.runAllTimersAsync();
    expect(f.times).toEqual([0, 100, 300, 700]);
    expect(t).toEqual({ state: 'fulfilled', value: 'ok' });
  });
  it('makes retries + 1 attempts, rejects with the last error object, right after the last attempt', async () => {
    const f = flaky(99);
    let rejectedAt = -1;
    const p = retryAsync(f.fn, { retries: 3, baseMs: 100 });
    const t = track(p);
    p.catch(() => (rejectedAt = Date.now()));
    await vi.runAllTimersAsync();
    expect(f.times).toEqual([0, 100, 300, 700]);
    expect(t.state).toBe('rejected');
    expect(t.reason).toBe(f.errors[3]);
    expect(rejectedAt).toBe(700);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('calls fn once and sets no timer when the first attempt succeeds', async () => {
    const f = flaky(0);
    await expect(retryAsync(f.fn, { retries: 3, baseMs: 100 })).resolves.toBe('ok');
    expect(f.times).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('treats a synchronous throw like a rejection', async () => {
    const f = flaky(2, true);
    const t = track(retryAsync(f.fn, { retries: 2, baseMs: 50 }));
    await vi.runAllTimersAsync();
    expect(f.times).toEqual([0, 50, 150]);
    expect(t.value).toBe('ok');
  });
  it('caps each delay at maxMs and honours the factor', async () => {
    const f = flaky(5);
    const p = retryAsync(f.fn, { retries: 5, baseMs: 100, factor: 3, maxMs: 500 });
    await vi.runAllTimersAsync();
    await p;
    expect(f.times).toEqual([0, 100, 400, 900, 1400, 1900]);
  });
  it('with retries: 0, calls once and rejects', async () => {
    const f = flaky(1);
    const p = retryAsync(f.fn, { retries: 0, baseMs: 100 });
    // No timer is advanced: the only attempt failed, so there is nothing left to wait for.
    await expect(settles(p, 'retryAsync with retries: 0 (it must reject at once, without sleeping)')).rejects.toBe(f.errors[0]);
    expect(f.times).toEqual([0]);
  });
  it('with jitter, waits Math.floor(rng() * cap), one rng() draw per wait, in order', async () => {
    const draws: number[] = [];
    const source = mulberry32(42);
    const rng = () => {
      const x = source();
      draws.push(x);
      return x;
    };
    const f = flaky(4);
    const p = retryAsync(f.fn, { retries: 4, baseMs: 100, jitter: true, rng });
    await vi.runAllTimersAsync();
    await p;
    expect(draws.length).toBe(4);
    const caps = [100, 200, 400, 800];
    const expected = [0];
    caps.forEach((c, i) => expected.push(expected[i]! + Math.floor(draws[i]! * c)));
    expect(f.times).toEqual(expected);
  });
  it('never calls rng without jitter', async () => {
    const rng = vi.fn(() => 0.5);
    const f = flaky(2);
    const p = retryAsync(f.fn, { retries: 2, baseMs: 10, rng });
    await vi.runAllTimersAsync();
    await p;
    expect(rng).not.toHaveBeenCalled();
  });
  it('matches the delay formula for random settings and seeds (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          retries: fc.integer({ min: 0, max: 5 }),
          baseMs: fc.integer({ min: 0, max: 300 }),
          factor: fc.constantFrom(1, 2, 3),
          maxMs: fc.constantFrom(Infinity, 250, 1000),
          jitter: fc.boolean(),
          seed: fc.integer({ min: 0, max: 2 ** 31 }),
        }),
        fc.integer({ min: 0, max: 7 }),
        async (o, failures) => {
          vi.setSystemTime(0);
          const f = flaky(failures);
          const p = retryAsync(f.fn, { ...o, rng: mulberry32(o.seed) });
          const t = track(p);
          await vi.runAllTimersAsync();
          expect(f.times).toEqual(model(o, failures));
          expect(t.state).toBe(failures <= o.retries ? 'fulfilled' : 'rejected');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('retryAsync: options', () => {
  it('stops at once when retryIf says no, passing it the error and the attempt number', async () => {
    const seen: [string, number][] = [];
    const f = flaky(5);
    const p = retryAsync(f.fn, {
      retries: 5,
      baseMs: 10,
      retryIf: (e, attempt) => {
        seen.push([(e as Error).message, attempt]);
        return attempt < 2;
      },
    });
    const t = track(p);
    await vi.runAllTimersAsync();
    expect(seen).toEqual([
      ['failure 1', 1],
      ['failure 2', 2],
    ]);
    expect(t.reason).toBe(f.errors[1]);
    expect(f.times).toEqual([0, 10]);
  });
  it('calls onRetry before each wait with the attempt, the delay and the error', async () => {
    const infos: unknown[] = [];
    const f = flaky(2);
    const p = retryAsync(f.fn, { retries: 3, baseMs: 30, onRetry: (info) => infos.push({ ...info, at: Date.now() }) });
    await vi.runAllTimersAsync();
    await p;
    expect(infos).toEqual([
      { attempt: 1, delayMs: 30, error: f.errors[0], at: 0 },
      { attempt: 2, delayMs: 60, error: f.errors[1], at: 30 },
    ]);
  });
  it('aborting during a wait rejects with the reason, clears the timer, and makes no more attempts', async () => {
    const c = new AbortController();
    const f = flaky(9);
    const t = track(retryAsync(f.fn, { retries: 9, baseMs: 100, signal: c.signal }));
    await vi.advanceTimersByTimeAsync(150);
    expect(f.times).toEqual([0, 100]);
    const reason = new Error('stop');
    c.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(t).toEqual({ state: 'rejected', reason });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(f.times).toEqual([0, 100]);
    expect(getEventListeners(c.signal, 'abort').length).toBe(0);
  });
  it('does not call fn at all with an already aborted signal', async () => {
    const c = new AbortController();
    c.abort('cancelled');
    const f = flaky(0);
    await expect(retryAsync(f.fn, { retries: 3, baseMs: 10, signal: c.signal })).rejects.toBe('cancelled');
    expect(f.times).toEqual([]);
  });
  it('throws synchronously for invalid settings', () => {
    const fn = () => 1;
    expect(() => retryAsync(fn, { retries: -1, baseMs: 10 })).toThrow(RangeError);
    expect(() => retryAsync(fn, { retries: 1.5, baseMs: 10 })).toThrow(RangeError);
    expect(() => retryAsync(fn, { retries: 1, baseMs: -5 })).toThrow(RangeError);
    expect(() => retryAsync(fn, { retries: 1, baseMs: 10, jitter: true })).toThrow(TypeError);
  });
});
