import { describe, expect, it } from 'vitest';
import { inverse, SingularMatrixError, solve } from '../src/solve-inverse.ts';

describe('solve and inverse', () => {
  it('solves a 2×2 system', () => {
    const [x, y] = solve([[2, 1], [1, 3]], [3, 5]);
    expect(x).toBeCloseTo(0.8, 12);
    expect(y).toBeCloseTo(1.4, 12);
  });
  it('inverts a 2×2 matrix', () => {
    const inv = inverse([[4, 7], [2, 6]]);
    expect(inv[0]![0]).toBeCloseTo(0.6, 12);
    expect(inv[1]![1]).toBeCloseTo(0.4, 12);
  });
  it('throws SingularMatrixError for a singular matrix', () => {
    expect(() => solve([[1, 2], [2, 4]], [1, 2])).toThrow(SingularMatrixError);
  });
});
