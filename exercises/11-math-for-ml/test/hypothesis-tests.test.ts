import { describe, expect, it } from 'vitest';
import { chiSquare, oneSampleT } from '../src/hypothesis-tests.ts';

describe('hypothesis tests', () => {
  it('computes a one-sample t statistic with the sample standard deviation', () => {
    // mean 2, s = 1, n = 3: t = 2 / (1/√3) = 2√3
    expect(oneSampleT([1, 2, 3], 0).statistic).toBeCloseTo(2 * Math.sqrt(3), 12);
  });
  it('computes a chi-square statistic against uniform expectations', () => {
    expect(chiSquare([10, 10, 10, 12, 8]).statistic).toBeCloseTo(0.8, 12);
  });
});
