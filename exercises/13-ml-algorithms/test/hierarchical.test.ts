import { describe, expect, it } from 'vitest';
import { agglomerative } from '../src/hierarchical.ts';

describe('agglomerative', () => {
  it('merges the closest points first and numbers new clusters from n', () => {
    const merges = agglomerative([[0], [10], [1]], 'single');
    expect(merges).toEqual([
      { left: 0, right: 2, height: 1, size: 2 },
      { left: 1, right: 3, height: 9, size: 3 },
    ]);
  });
  it('uses the farthest pair for complete linkage', () => {
    const merges = agglomerative([[0], [10], [1]], 'complete');
    expect(merges[1]!.height).toBe(10);
  });
});
