import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapConcurrent } from '@impl/03-context-managers-async/map-concurrent';
import { deferred, useFakeTimers } from './_kit.ts';
import golden from './goldens/map-concurrent.json' with { type: 'json' };

type Case = { durations: number[]; n: number; starts: number[]; ends: number[]; results: number[] };
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('mapConcurrent: the same timeline as asyncio.gather with a Semaphore(n) (Python goldens)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it.each((golden as Case[]).map((c) => [JSON.stringify(c.durations), c.n, c] as const))('durations %s with n = %i', async (_d, n, c) => {
    useFakeTimers();
    vi.setSystemTime(0);
    const starts: number[] = [];
    const ends: number[] = [];
    const p = mapConcurrent(
      c.durations,
      (d, i) => {
        starts[i] = Date.now();
        return new Promise<number>((resolve) =>
          setTimeout(() => {
            ends[i] = Date.now();
            resolve(d * 10 + i);
          }, d),
        );
      },
      n,
    );
    await vi.runAllTimersAsync();
    const results = await p;
    expect({ starts, ends, results }).toEqual({ starts: c.starts, ends: c.ends, results: c.results });
  });
});

describe('mapConcurrent: random completion orders (fast-check scheduler)', () => {
  it('returns results in input order and keeps exactly min(n, items) calls in flight at the peak', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 5 }), fc.array(fc.integer(), { maxLength: 15 }), async (s, n, items) => {
        let active = 0;
        let peak = 0;
        const calls: [number, number][] = [];
        const p = mapConcurrent(
          items,
          async (x, i) => {
            calls.push([x, i]);
            active++;
            peak = Math.max(peak, active);
            const v = await s.schedule(Promise.resolve(x * 2), `item ${i}`);
            active--;
            return v;
          },
          n,
        );
        const out = await s.waitFor(p);
        expect(out).toEqual(items.map((x) => x * 2));
        expect(calls).toEqual(items.map((x, i) => [x, i]));
        expect(peak).toBe(Math.min(n, items.length));
      }),
    );
  });
  it('rejects with the first error in time and starts nothing after it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }).filter((a) => a.includes(true)),
        async (s, n, fails) => {
          let failedAt = -1; // number of calls started when the first failure happened
          let firstError: Error | undefined;
          const startedAfterFailure: number[] = [];
          let started = 0;
          const p = mapConcurrent(
            fails,
            async (fail, i) => {
              if (failedAt >= 0) startedAfterFailure.push(i);
              started++;
              await s.schedule(Promise.resolve(), `item ${i}`);
              if (fail) {
                const e = new Error(`item ${i} failed`);
                if (!firstError) {
                  firstError = e;
                  failedAt = started;
                }
                throw e;
              }
              return i;
            },
            n,
          );
          let caught: unknown = 'did not reject';
          try {
            await s.waitFor(p);
          } catch (e) {
            caught = e;
          }
          await s.waitIdle();
          expect(caught).toBe(firstError);
          expect(startedAfterFailure, 'items started after the first failure').toEqual([]);
        },
      ),
    );
  });
});

describe('mapConcurrent: scripted', () => {
  it('refills a slot as soon as one call finishes', async () => {
    const gates = Array.from({ length: 4 }, () => deferred<number>());
    const started: number[] = [];
    const p = mapConcurrent(
      [0, 1, 2, 3],
      (i) => {
        started.push(i);
        return gates[i]!.promise;
      },
      2,
    );
    await flush();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve(1);
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve(0);
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    gates[3]!.resolve(3);
    gates[2]!.resolve(2);
    await expect(p).resolves.toEqual([0, 1, 2, 3]);
  });
  it('rejects (not throws) when fn throws synchronously, with the same error', async () => {
    const err = new Error('sync');
    let p: Promise<unknown> | undefined;
    expect(() => {
      p = mapConcurrent(
        [1, 2, 3],
        (x) => {
          if (x === 2) throw err;
          return x;
        },
        1,
      );
    }).not.toThrow();
    await expect(p).rejects.toBe(err);
  });
  it('resolves to [] for no items without calling fn', async () => {
    const fn = vi.fn();
    await expect(mapConcurrent([], fn, 3)).resolves.toEqual([]);
    expect(fn).not.toHaveBeenCalled();
  });
  it('accepts any iterable (a Set, a generator)', async () => {
    function* gen() {
      yield 'a';
      yield 'b';
    }
    await expect(mapConcurrent(new Set([1, 2, 2, 3]), (x) => x * x, 2)).resolves.toEqual([1, 4, 9]);
    await expect(mapConcurrent(gen(), async (s, i) => `${s}${i}`, 1)).resolves.toEqual(['a0', 'b1']);
  });
  it('keeps undefined results in place (a dense array of the right length)', async () => {
    const out = await mapConcurrent([1, 2, 3], async (x) => (x === 2 ? undefined : x), 2);
    expect(out.length).toBe(3);
    expect(1 in out).toBe(true);
    expect(out).toEqual([1, undefined, 3]);
  });
  it('runs everything at once with Infinity', async () => {
    let running = 0;
    let peak = 0;
    await mapConcurrent(Array.from({ length: 40 }, (_, i) => i), async () => {
      running++;
      peak = Math.max(peak, running);
      await flush();
      running--;
    }, Infinity);
    expect(peak).toBe(40);
  });
  it('throws a TypeError at once for a concurrency that is not an integer >= 1 or Infinity', () => {
    for (const bad of [0, -2, 2.5, Number.NaN]) {
      expect(() => mapConcurrent([1], (x) => x, bad), `concurrency ${bad}`).toThrow(TypeError);
    }
  });
});
