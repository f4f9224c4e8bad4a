import { describe, expect, it } from 'vitest';
import { pLimit } from '../src/p-limit.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('pLimit', () => {
  it('runs at most n tasks at a time', async () => {
    const limit = pLimit(2);
    let running = 0;
    let peak = 0;
    const task = async (x: number) => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
      return x * 10;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((x) => limit(task, x)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
  });
  it('reports active and pending tasks', async () => {
    const limit = pLimit(1);
    const never = () => new Promise<void>(() => {});
    void limit(never);
    void limit(never);
    void limit(never);
    await tick();
    expect([limit.activeCount, limit.pendingCount]).toEqual([1, 2]);
  });
});
