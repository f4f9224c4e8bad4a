import { describe, expect, it } from 'vitest';
import { median, mode, quantile, variance } from '../src/descriptive-stats.ts';

describe('descriptive statistics', () => {
  it('uses ddof 0 by default and n − ddof otherwise', () => {
    expect(variance([1, 2, 3, 4])).toBe(1.25);
    expect(variance([1, 2, 3, 4], 1)).toBeCloseTo(5 / 3, 12);
  });
  it('sorts numerically for the median', () => {
    expect(median([10, 9, 1, 2])).toBe(5.5);
  });
  it('interpolates quantiles like np.quantile', () => {
    expect(quantile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
  });
  it('breaks mode ties toward the smallest value', () => {
    expect(mode([3, 1, 2, 3, 1])).toBe(1);
  });
});
