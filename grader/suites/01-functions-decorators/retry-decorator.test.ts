import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retry, type RetryOptions } from '@impl/01-functions-decorators/retry-decorator';
import { useFakeTimers } from './_kit.ts';

// Oracle: fake timers. The expected attempt times come from the definition
// (wait baseMs * factor^(k-1) after failure k), computed here independently.
const expectedTimes = (failures: number, baseMs: number, factor: number) => {
  const times = [0];
  for (let k = 1; k < failures + 1; k++) times.push(times[k - 1]! + baseMs * factor ** (k - 1));
  return times;
};

/** A client whose method fails `failUntil - 1` times, then succeeds; it logs each attempt. */
function makeClient(options: RetryOptions, failUntil = Infinity) {
  class Client {
    attempts: { at: number; args: unknown[]; self: unknown }[] = [];
    @retry(options)
    async fetch(url: string, n: number): Promise<string> {
      this.attempts.push({ at: Date.now(), args: [url, n], self: this });
      const attempt = this.attempts.length;
      if (attempt < failUntil) throw new Error(`attempt ${attempt} failed`);
      return `${url}#${n} after ${attempt}`;
    }
  }
  return new Client();
}

/** Settles `p` without letting an early rejection count as unhandled. */
const settle = <T>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }));

beforeEach(() => {
  useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('@retry', () => {
  it('waits exactly 100, 200, 400 ms and rethrows the last error after retries + 1 attempts', async () => {
    const c = makeClient({ retries: 3, baseMs: 100, factor: 2 });
    const result = settle(c.fetch('u', 1));
    await vi.advanceTimersByTimeAsync(10_000);
    const r = await result;
    expect(c.attempts.map((a) => a.at)).toEqual([0, 100, 300, 700]);
    expect(r).toEqual({ error: new Error('attempt 4 failed') });
  });

  it('does not retry before the delay is over', async () => {
    const c = makeClient({ retries: 3, baseMs: 100, factor: 2 });
    void settle(c.fetch('u', 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(c.attempts.length).toBe(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(c.attempts.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(c.attempts.length).toBe(2);
    await vi.advanceTimersByTimeAsync(199);
    expect(c.attempts.length).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(c.attempts.length).toBe(3);
  });

  it('resolves with the first success and stops retrying', async () => {
    const c = makeClient({ retries: 5, baseMs: 100, factor: 2 }, 3);
    const result = settle(c.fetch('u', 7));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toEqual({ value: 'u#7 after 3' });
    expect(c.attempts.map((a) => a.at)).toEqual([0, 100, 300]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    { retries: 3, baseMs: 50, factor: 3 },
    { retries: 2, baseMs: 10, factor: 1 },
    { retries: 4, baseMs: 1, factor: 10 },
  ])('follows baseMs * factor^(k-1) for $retries retries, baseMs $baseMs, factor $factor', async (o) => {
    const c = makeClient(o);
    const result = settle(c.fetch('u', 1));
    await vi.advanceTimersByTimeAsync(100_000);
    expect(c.attempts.map((a) => a.at)).toEqual(expectedTimes(o.retries, o.baseMs, o.factor));
    expect(await result).toEqual({ error: new Error(`attempt ${o.retries + 1} failed`) });
  });

  it('uses retries 3, baseMs 100, factor 2 by default', async () => {
    const c = makeClient({});
    const result = settle(c.fetch('u', 1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(c.attempts.map((a) => a.at)).toEqual([0, 100, 300, 700]);
    expect(await result).toEqual({ error: new Error('attempt 4 failed') });
  });

  it('makes a single attempt with retries 0', async () => {
    const c = makeClient({ retries: 0 });
    const result = settle(c.fetch('u', 1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(c.attempts.length).toBe(1);
    expect(await result).toEqual({ error: new Error('attempt 1 failed') });
  });

  it('calls the method again with the same this and arguments', async () => {
    const c = makeClient({ retries: 2, baseMs: 5 }, 3);
    const result = settle(c.fetch('https://x', 42));
    await vi.advanceTimersByTimeAsync(1000);
    await result;
    expect(c.attempts.map((a) => a.args)).toEqual([['https://x', 42], ['https://x', 42], ['https://x', 42]]);
    expect(c.attempts.every((a) => a.self === c)).toBe(true);
  });

  it('turns a synchronous throw into a retried failure, never a throw at the call site', async () => {
    let calls = 0;
    class Sync {
      @retry({ retries: 2, baseMs: 10 })
      run(): Promise<number> {
        calls++;
        if (calls < 3) throw new TypeError(`sync ${calls}`);
        return Promise.resolve(calls);
      }
    }
    let p: Promise<number> | undefined;
    expect(() => {
      p = new Sync().run();
    }).not.toThrow();
    const result = settle(p!);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toEqual({ value: 3 });
  });

  it('gives up at once when shouldRetry returns false, and passes it the error and attempt number', async () => {
    const seen: [string, number][] = [];
    const c = makeClient({
      retries: 5,
      baseMs: 10,
      shouldRetry: (e, attempt) => {
        seen.push([(e as Error).message, attempt]);
        return attempt < 2;
      },
    });
    const result = settle(c.fetch('u', 1));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toEqual({ error: new Error('attempt 2 failed') });
    expect(seen).toEqual([
      ['attempt 1 failed', 1],
      ['attempt 2 failed', 2],
    ]);
    expect(c.attempts.map((a) => a.at)).toEqual([0, 10]);
  });

  it('keeps separate attempt counts for concurrent calls', async () => {
    const c = makeClient({ retries: 1, baseMs: 100 });
    const a = settle(c.fetch('a', 1));
    await vi.advanceTimersByTimeAsync(50);
    const b = settle(c.fetch('b', 2));
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all([a, b]);
    expect(c.attempts.map((x) => [x.args[0], x.at])).toEqual([
      ['a', 0],
      ['b', 50],
      ['a', 100],
      ['b', 150],
    ]);
  });
});
