import { describe, expect, it } from 'vitest';
import { PCA } from '../src/pca.ts';

describe('PCA', () => {
  it('finds the direction of a line of points', () => {
    const X = [[0, 0], [1, 1], [2, 2], [3, 3]];
    const m = new PCA({ nComponents: 1 }).fit(X);
    expect(Math.abs(m.components[0]![0]!)).toBeCloseTo(Math.SQRT1_2, 10);
    expect(m.explainedVarianceRatio[0]).toBeCloseTo(1, 10);
    // Sample variance along the line: the distances from the centre are ±0.5√2, ±1.5√2.
    expect(m.explainedVariance[0]).toBeCloseTo((2 * 0.5 + 2 * 4.5) / 3, 10);
  });
});
