import { describe, expect, it, vi } from 'vitest';
import { memoize } from '../src/memoize.ts';

describe('memoize', () => {
  it('calls the wrapped function once per distinct argument list', () => {
    const slowSquare = vi.fn((n: number) => n * n);
    const square = memoize(slowSquare);
    expect(square(4)).toBe(16);
    expect(square(4)).toBe(16);
    expect(slowSquare).toHaveBeenCalledTimes(1);
  });
  it('with maxSize evicts the least recently used key', () => {
    const f = memoize((n: number) => n, { maxSize: 2, key: (n) => n });
    f(1);
    f(2);
    f(1);
    f(3);
    expect([...f.cache.keys()]).toEqual([1, 3]);
  });
  it('clear() empties the cache', () => {
    const f = memoize((n: number) => n);
    f(1);
    f.clear();
    expect(f.cache.size).toBe(0);
  });
});
