import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '../src/with-timeout.ts';
import { useFakeTimers } from './_fake-timers.ts';

beforeEach(() => {
  useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('withTimeout', () => {
  it('resolves with the value when the promise is fast enough', async () => {
    const p = withTimeout(later('done', 50), 100);
    await vi.advanceTimersByTimeAsync(50);
    await expect(p).resolves.toBe('done');
  });
  it('rejects with a TimeoutError when the promise is too slow', async () => {
    const p = withTimeout(later('done', 500), 100);
    const check = expect(p).rejects.toMatchObject({ name: 'TimeoutError' });
    await vi.advanceTimersByTimeAsync(100);
    await check;
  });
});
