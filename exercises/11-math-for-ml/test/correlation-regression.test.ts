import { describe, expect, it } from 'vitest';
import { ols, pearson, spearman } from '../src/correlation-regression.ts';

describe('correlation and regression', () => {
  it('gives r = 1 on a line', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
  });
  it('gives Spearman ρ = 1 for any increasing relation', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
  });
  it('fits a line', () => {
    const r = ols([0, 1, 2], [1, 3, 5]);
    expect(r.slope).toBeCloseTo(2, 12);
    expect(r.intercept).toBeCloseTo(1, 12);
  });
});
