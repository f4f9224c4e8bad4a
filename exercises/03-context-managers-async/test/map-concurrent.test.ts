import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../src/map-concurrent.ts';

const tick = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

describe('mapConcurrent', () => {
  it('returns the results in input order', async () => {
    const out = await mapConcurrent([30, 10, 20], async (ms, i) => {
      await tick(ms);
      return `${i}:${ms}`;
    }, 2);
    expect(out).toEqual(['0:30', '1:10', '2:20']);
  });
  it('keeps at most n calls in flight', async () => {
    let running = 0;
    let peak = 0;
    await mapConcurrent([1, 2, 3, 4, 5, 6], async () => {
      running++;
      peak = Math.max(peak, running);
      await tick(1);
      running--;
    }, 3);
    expect(peak).toBe(3);
  });
});
