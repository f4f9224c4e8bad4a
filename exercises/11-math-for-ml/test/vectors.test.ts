import { describe, expect, it } from 'vitest';
import { cosine, dot, norm, projectOnto } from '../src/vectors.ts';

describe('vectors', () => {
  it('computes a dot product', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
  });
  it('computes p-norms', () => {
    expect(norm([3, 4])).toBe(5);
    expect(norm([3, -4], 1)).toBe(7);
    expect(norm([3, -4], Infinity)).toBe(4);
  });
  it('computes cosine similarity and projections', () => {
    expect(cosine([1, 0], [0, 3])).toBe(0);
    expect(projectOnto([3, 4], [1, 0])).toEqual([3, 0]);
  });
});
