import { describe, expect, it } from 'vitest';
import { AsyncQueue, QueueEmpty, QueueFull } from '../src/async-queue.ts';

describe('AsyncQueue', () => {
  it('is first in, first out', async () => {
    const q = new AsyncQueue<string>();
    await q.put('a');
    await q.put('b');
    expect(await q.get()).toBe('a');
    expect(q.getNowait()).toBe('b');
  });
  it('throws QueueFull / QueueEmpty from the nowait methods', () => {
    const q = new AsyncQueue<number>({ maxSize: 1 });
    expect(() => q.getNowait()).toThrow(QueueEmpty);
    q.putNowait(1);
    expect(() => q.putNowait(2)).toThrow(QueueFull);
  });
  it('join() resolves once every item is marked done', async () => {
    const q = new AsyncQueue<number>();
    q.putNowait(1);
    let joined = false;
    const j = q.join().then(() => (joined = true));
    q.getNowait();
    await Promise.resolve();
    expect(joined).toBe(false);
    q.taskDone();
    await j;
    expect(joined).toBe(true);
  });
});
