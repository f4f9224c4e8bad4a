import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pLimit } from '@impl/03-context-managers-async/p-limit';
import { deferred, settles } from './_kit.ts';

/** Lets every pending promise callback run (one macrotask turn drains all microtasks). */
const flush = () => new Promise((resolve) => setImmediate(resolve));

type Outcome = 'resolve' | 'reject' | 'throw-sync';

describe('pLimit: random completion orders (fast-check scheduler)', () => {
  it('never exceeds n, fills all n slots, starts FIFO, refills each freed slot, and settles each task with its own result', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.constantFrom<Outcome>('resolve', 'resolve', 'reject', 'throw-sync'), { maxLength: 12 }),
        async (s, n, outcomes) => {
          const limit = pLimit(n);
          let active = 0;
          let peak = 0;
          let finished = 0;
          const started: number[] = [];
          const finishedBeforeStart: number[] = [];
          const promises = outcomes.map((outcome, i) =>
            limit((id: number) => {
              started.push(id);
              finishedBeforeStart[id] = finished;
              if (outcome === 'throw-sync') {
                throw new Error(`sync ${id}`);
              }
              active++;
              peak = Math.max(peak, active);
              return s.schedule(Promise.resolve(id), `task ${id}`).then((v) => {
                active--;
                finished++;
                if (outcome === 'reject') throw new Error(`async ${id}`);
                return v;
              });
            }, i),
          );
          const settled = Promise.allSettled(promises);
          await s.waitIdle();
          const results = await settles(settled, 'Some task', () => s.count() === 0);

          expect(peak, 'most async tasks running at once').toBe(Math.min(n, outcomes.filter((o) => o !== 'throw-sync').length));
          expect(started, 'start order').toEqual(outcomes.map((_, i) => i));
          // With a earlier async tasks, task i may wait for at most a - n + 1 of them to finish:
          // a freed slot is refilled at once, never left idle until a whole batch is done.
          finishedBeforeStart.forEach((f, i) => {
            const a = outcomes.slice(0, i).filter((o) => o !== 'throw-sync').length;
            expect(f, `async tasks finished before task ${i} started (n = ${n}, ${a} async before it)`).toBeLessThanOrEqual(Math.max(0, a - n + 1));
          });
          expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(
            outcomes.map((o, i) => (o === 'resolve' ? i : o === 'reject' ? `async ${i}` : `sync ${i}`)),
          );
          expect([limit.activeCount, limit.pendingCount]).toEqual([0, 0]);
        },
      ),
    );
  });
});

describe('pLimit: scripted', () => {
  it('tracks activeCount and pendingCount as tasks finish', async () => {
    const limit = pLimit(2);
    const gates = Array.from({ length: 5 }, () => deferred<string>());
    const ps = gates.map((g) => limit(() => g.promise));
    await flush();
    const seen = [[limit.activeCount, limit.pendingCount]];
    for (const [i, g] of gates.entries()) {
      g.resolve(`v${i}`);
      await flush();
      seen.push([limit.activeCount, limit.pendingCount]);
    }
    expect(seen).toEqual([
      [2, 3],
      [2, 2],
      [2, 1],
      [2, 0],
      [1, 0],
      [0, 0],
    ]);
    await expect(Promise.all(ps)).resolves.toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
  });
  it('frees the slot of a rejected task so the queue keeps moving', async () => {
    const limit = pLimit(1);
    const a = limit(async () => {
      throw new Error('first fails');
    });
    const b = limit(async () => 'second runs');
    await expect(a).rejects.toThrow('first fails');
    await expect(settles(b, 'The task queued behind a rejected one')).resolves.toBe('second runs');
  });
  it('turns a synchronous throw into a rejection with the same error, and frees the slot', async () => {
    const limit = pLimit(1);
    const err = new Error('sync');
    let p: Promise<unknown> | undefined;
    expect(() => {
      p = limit(() => {
        throw err;
      });
    }).not.toThrow();
    await expect(p).rejects.toBe(err);
    await expect(settles(limit(() => 'next'), 'A task submitted after a synchronous throw')).resolves.toBe('next');
  });
  it('passes the extra arguments to fn and accepts plain (non-promise) results', async () => {
    const limit = pLimit(3);
    await expect(limit((a: number, b: string) => `${b}${a}`, 4, 'x')).resolves.toBe('x4');
  });
  it('runs everything at once with Infinity', async () => {
    const limit = pLimit(Infinity);
    const gates = Array.from({ length: 50 }, () => deferred());
    const ps = gates.map((g) => limit(() => g.promise));
    await flush();
    expect([limit.activeCount, limit.pendingCount]).toEqual([50, 0]);
    for (const g of gates) g.resolve();
    await Promise.all(ps);
  });
  it('does not start a queued task before its turn, even when it was submitted while a slot was busy', async () => {
    const limit = pLimit(1);
    const log: string[] = [];
    const gate = deferred();
    const first = limit(async () => {
      log.push('start 1');
      await gate.promise;
      log.push('end 1');
    });
    const second = limit(async () => {
      log.push('start 2');
    });
    await flush();
    expect(log).toEqual(['start 1']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(log).toEqual(['start 1', 'end 1', 'start 2']);
  });
  it('copes with a long queue of quick tasks', async () => {
    const limit = pLimit(1);
    const results = await Promise.all(Array.from({ length: 5000 }, (_, i) => limit(() => i)));
    expect(results.length).toBe(5000);
    expect(results[4999]).toBe(4999);
  });
  it('rejects a concurrency that is not an integer >= 1 or Infinity with a TypeError', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '2' as unknown as number, undefined as unknown as number]) {
      expect(() => pLimit(bad), `pLimit(${String(bad)})`).toThrow(TypeError);
    }
  });
});
