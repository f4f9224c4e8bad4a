import { describe, expect, it } from 'vitest';
import { cond, rank, singularValues } from '../src/svd.ts';

describe('svd', () => {
  it('gives the singular values of a diagonal matrix, largest first', () => {
    const s = singularValues([[3, 0], [0, -5]]);
    expect(s[0]).toBeCloseTo(5, 12);
    expect(s[1]).toBeCloseTo(3, 12);
  });
  it('finds the rank of a singular matrix', () => {
    expect(rank([[1, 2, 3], [4, 5, 6], [7, 8, 9]])).toBe(2);
  });
  it('computes the condition number', () => {
    expect(cond([[10, 0], [0, 1]])).toBeCloseTo(10, 12);
  });
});
