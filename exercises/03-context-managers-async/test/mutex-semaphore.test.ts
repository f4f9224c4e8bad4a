import { describe, expect, it } from 'vitest';
import { Mutex, Semaphore } from '../src/mutex-semaphore.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Semaphore and Mutex', () => {
  it('lets at most n holders in at once', async () => {
    const sem = new Semaphore(2);
    let inside = 0;
    let peak = 0;
    await Promise.all(
      [1, 2, 3, 4, 5].map(async () => {
        using _permit = await sem.acquire();
        inside++;
        peak = Math.max(peak, inside);
        await tick();
        inside--;
      }),
    );
    expect(peak).toBe(2);
    expect(sem.available).toBe(2);
  });
  it('a Mutex is locked while held and free after release', async () => {
    const m = new Mutex();
    const permit = await m.acquire();
    expect(m.locked).toBe(true);
    permit.release();
    expect(m.locked).toBe(false);
  });
});
