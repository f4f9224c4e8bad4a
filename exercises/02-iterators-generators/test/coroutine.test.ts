import { describe, expect, it } from 'vitest';
import { primed, runningAverage } from '../src/coroutine.ts';

describe('runningAverage', () => {
  it('is driven by next(value), like send() in Python', () => {
    const avg = runningAverage();
    expect(avg.next().value).toBeNull(); // prime: run to the first yield
    expect(avg.next(10).value).toBe(10);
    expect(avg.next(30).value).toBe(20);
    expect(avg.next()).toEqual({ done: true, value: { count: 2, average: 20 } });
  });
  it('primed() does the first next() for you', () => {
    const avg = primed(runningAverage)();
    expect(avg.next(4).value).toBe(4);
  });
});
