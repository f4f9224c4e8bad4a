import { describe, expect, it } from 'vitest';
import { det } from '../src/determinant.ts';

describe('det', () => {
  it('computes a 2×2 determinant', () => {
    expect(det([[3, 8], [4, 6]])).toBeCloseTo(-14, 12);
  });
  it('flips the sign on a row swap', () => {
    expect(det([[0, 1], [1, 0]])).toBe(-1);
  });
});
