import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { memoize } from '@impl/01-functions-decorators/memoize';

/** A plainly correct LRU model: an array ordered least recently used first. */
function lruModel(calls: number[], maxSize: number) {
  const order: number[] = [];
  let misses = 0;
  const trace: { misses: number; keys: number[] }[] = [];
  for (const x of calls) {
    const at = order.indexOf(x);
    if (at >= 0) {
      order.splice(at, 1);
      order.push(x);
    } else {
      misses++;
      if (maxSize > 0) {
        order.push(x);
        if (order.length > maxSize) order.shift();
      }
    }
    trace.push({ misses, keys: [...order] });
  }
  return trace;
}

describe('memoize', () => {
  it('calls the function once per distinct argument list', () => {
    const square = vi.fn((n: number) => n * n);
    const f = memoize(square);
    expect([f(3), f(3), f(4), f(3), f(4)]).toEqual([9, 9, 16, 9, 16]);
    expect(square).toHaveBeenCalledTimes(2);
  });

  it('keys on every argument and its type by default (JSON of the argument list)', () => {
    const g = vi.fn((a: unknown, b?: unknown) => `${typeof a}:${String(a)}/${String(b)}`);
    const f = memoize(g);
    f(1, 2);
    f(2, 1);
    f('1', 2);
    f(1, 3);
    f(1, 2);
    expect(g).toHaveBeenCalledTimes(4);
    expect(f.cache.has(JSON.stringify([1, 2]))).toBe(true);
    expect(f.cache.size).toBe(4);
  });

  it('caches undefined and null results too', () => {
    const nothing = vi.fn((_n: number): undefined => undefined);
    const f = memoize(nothing);
    f(1);
    f(1);
    f(1);
    expect(nothing).toHaveBeenCalledTimes(1);
    const nul = vi.fn((_n: number): null => null);
    const g = memoize(nul);
    g(1);
    g(1);
    expect(nul).toHaveBeenCalledTimes(1);
  });

  it('caches nothing when the function throws, so the next call tries again', () => {
    let attempts = 0;
    const flaky = vi.fn((n: number) => {
      attempts++;
      if (attempts === 1) throw new Error('first call fails');
      return n + 100;
    });
    const f = memoize(flaky);
    expect(() => f(1)).toThrow('first call fails');
    expect(f.cache.size).toBe(0);
    expect(f(1)).toBe(101);
    expect(f(1)).toBe(101);
    expect(flaky).toHaveBeenCalledTimes(2);
  });

  it('uses a custom key function when given one', () => {
    const load = vi.fn((user: { id: number; name: string }) => user.name.toUpperCase());
    const f = memoize(load, { key: (u) => u.id });
    expect(f({ id: 7, name: 'ada' })).toBe('ADA');
    expect(f({ id: 7, name: 'ignored, same id' })).toBe('ADA');
    expect(load).toHaveBeenCalledTimes(1);
    expect([...f.cache.keys()]).toEqual([7]);
  });

  it('evicts the least recently used entry, where a hit counts as a use', () => {
    const f = memoize((n: number) => n * 10, { maxSize: 2, key: (n) => n });
    f(1);
    f(2);
    f(1); // 1 is now the most recent
    f(3); // evicts 2, not 1
    expect([...f.cache.keys()]).toEqual([1, 3]);
  });

  it('recomputes an evicted entry', () => {
    const inner = vi.fn((n: number) => n * 10);
    const f = memoize(inner, { maxSize: 1, key: (n) => n });
    f(1);
    f(2);
    f(1);
    expect(inner.mock.calls.map((c) => c[0])).toEqual([1, 2, 1]);
  });

  it('caches nothing with maxSize 0 (like lru_cache(maxsize=0))', () => {
    const inner = vi.fn((n: number) => n);
    const f = memoize(inner, { maxSize: 0 });
    f(1);
    f(1);
    expect(inner).toHaveBeenCalledTimes(2);
    expect(f.cache.size).toBe(0);
  });

  it('matches an LRU model on random call sequences (calls and key order after every step)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), fc.integer({ min: 0, max: 4 }), (calls, maxSize) => {
        const inner = vi.fn((n: number) => n * 2);
        const f = memoize(inner, { maxSize, key: (n) => n });
        const trace = lruModel(calls, maxSize);
        calls.forEach((x, i) => {
          expect(f(x)).toBe(x * 2);
          expect({ step: i, misses: inner.mock.calls.length, keys: [...f.cache.keys()] }).toEqual({ step: i, ...trace[i] });
        });
      }),
      { includeErrorInReport: true },
    );
  });

  it('clear() empties the cache so the next call recomputes', () => {
    const inner = vi.fn((n: number) => n + 1);
    const f = memoize(inner);
    f(1);
    f.clear();
    expect(f.cache.size).toBe(0);
    f(1);
    expect(inner).toHaveBeenCalledTimes(2);
  });

  it("keeps the wrapped function's name, like functools.wraps", () => {
    function fibonacci(n: number): number {
      return n;
    }
    const f = memoize(fibonacci);
    expect(f(5)).toBe(5);
    expect(f.name).toBe('fibonacci');
  });

  it('passes `this` through to the wrapped function', () => {
    const obj = {
      base: 40,
      add: memoize(function (this: { base: number }, n: number) {
        return this.base + n;
      }),
    };
    expect(obj.add(2)).toBe(42);
  });

  it('makes a recursive function fast when the recursion goes through the memoized name', () => {
    const fib: (n: number) => number = memoize((n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
    expect(fib(90)).toBe(2880067194370816000);
  });
});
