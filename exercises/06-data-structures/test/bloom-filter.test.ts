import { describe, expect, it } from 'vitest';
import { BloomFilter } from '../src/bloom-filter.ts';

describe('BloomFilter', () => {
  it('has no false negatives', () => {
    const f = new BloomFilter(1000, 4);
    const words = ['alpha', 'beta', 'gamma', 'delta'];
    words.forEach((w) => f.add(w));
    expect(words.every((w) => f.has(w))).toBe(true);
  });
  it('sizes itself from n and p', () => {
    expect(BloomFilter.optimal(1000, 0.01)).toEqual({ m: 9586, k: 7 });
  });
});
