import { describe, expect, it } from 'vitest';
import { LRUCache } from '../src/lru-cache.ts';

describe('LRUCache', () => {
  it('evicts the least recently used key', () => {
    const cache = new LRUCache<number, number>(2);
    cache.put(1, 1);
    cache.put(2, 2);
    expect(cache.get(1)).toBe(1);
    cache.put(3, 3);
    expect(cache.get(2)).toBeUndefined();
    expect(cache.keys()).toEqual([1, 3]);
  });
});
