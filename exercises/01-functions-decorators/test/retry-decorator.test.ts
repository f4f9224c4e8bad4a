import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retry } from '../src/retry-decorator.ts';
import { useFakeTimers } from './_fake-timers.ts';

beforeEach(() => {
  useFakeTimers(); // setTimeout and Date.now() are now driven by the test
});
afterEach(() => {
  vi.useRealTimers();
});

describe('@retry', () => {
  it('retries after 100, 200 and 400 ms, then rejects with the last error', async () => {
    const times: number[] = [];
    class Api {
      @retry({ retries: 3, baseMs: 100, factor: 2 })
      async get(): Promise<string> {
        times.push(Date.now());
        throw new Error(`failure ${times.length}`);
      }
    }
    const outcome = new Api().get().catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(1000);
    expect(times).toEqual([0, 100, 300, 700]);
    expect(await outcome).toBe('failure 4');
  });
  it('resolves as soon as an attempt succeeds', async () => {
    let calls = 0;
    class Api {
      @retry({ retries: 3, baseMs: 100 })
      async get(): Promise<number> {
        calls++;
        if (calls < 2) throw new Error('not yet');
        return 42;
      }
    }
    const value = new Api().get();
    await vi.advanceTimersByTimeAsync(100);
    expect(await value).toBe(42);
    expect(calls).toBe(2);
  });
});
