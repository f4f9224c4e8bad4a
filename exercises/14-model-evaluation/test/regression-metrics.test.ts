import { describe, expect, it } from 'vitest';
import { meanSquaredError, r2Score, rootMeanSquaredError } from '../src/regression-metrics.ts';

describe('regression metrics', () => {
  it('computes the MSE of the sklearn docstring example', () => {
    expect(meanSquaredError([3, -0.5, 2, 7], [2.5, 0.0, 2, 8])).toBeCloseTo(0.375, 12);
  });
  it('averages per-output RMSEs', () => {
    // column errors: [0, 0] and [3, 3]: RMSEs 0 and 3
    expect(rootMeanSquaredError([[1, 1], [2, 2]], [[1, 4], [2, 5]])).toBeCloseTo(1.5, 12);
  });
  it('gives R² = 0 for an imperfect prediction of a constant truth', () => {
    expect(r2Score([4, 4, 4], [4, 5, 4])).toBe(0);
  });
});
