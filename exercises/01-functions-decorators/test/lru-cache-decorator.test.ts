import { describe, expect, it } from 'vitest';
import { lruCache, type LruCacheControls } from '../src/lru-cache-decorator.ts';

describe('@lruCache', () => {
  it('reports the same statistics as Python for calls 1,2,1,3,2,1 with maxsize 2', () => {
    // Python: hits=1, misses=5, maxsize=2, currsize=2
    class Squares {
      @lruCache(2)
      square(n: number) {
        return n * n;
      }
    }
    const s = new Squares();
    expect([1, 2, 1, 3, 2, 1].map((n) => s.square(n))).toEqual([1, 4, 1, 9, 4, 1]);
    const info = (s.square as unknown as LruCacheControls).cacheInfo();
    expect(info).toEqual({ hits: 1, misses: 5, maxSize: 2, currSize: 2 });
  });
  it('makes a recursive method fast', () => {
    class Fib {
      @lruCache(null)
      fib(n: number): number {
        return n < 2 ? n : this.fib(n - 1) + this.fib(n - 2);
      }
    }
    expect(new Fib().fib(80)).toBe(23416728348467685);
  });
});
