import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryAsync } from '../src/retry-async.ts';
import { useFakeTimers } from './_fake-timers.ts';

beforeEach(() => {
  useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retryAsync', () => {
  it('waits 100, 200, 400 ms between attempts (baseMs 100, factor 2)', async () => {
    const times: number[] = [];
    const p = retryAsync(() => {
      times.push(Date.now());
      if (times.length < 4) throw new Error('flaky');
      return 'ok';
    }, { retries: 3, baseMs: 100 });
    await vi.runAllTimersAsync();
    await expect(p).resolves.toBe('ok');
    expect(times).toEqual([0, 100, 300, 700]);
  });
  it('rejects with the last error once the retries are used up', async () => {
    let n = 0;
    const p = retryAsync(() => Promise.reject(new Error(`failure ${++n}`)), { retries: 2, baseMs: 10 });
    const check = expect(p).rejects.toThrow('failure 3');
    await vi.runAllTimersAsync();
    await check;
  });
});
