import { describe, expect, it } from 'vitest';
import { preprocessSplit } from '../src/leakage.ts';

describe('leakage', () => {
  it('learns the statistics from the training rows only', () => {
    // Training rows 1, 2, 3 (mean 2); the test row 100 must not move the mean.
    const { mean, statistics } = preprocessSplit([[100], [1], [2], [3]], [0]);
    expect(mean).toEqual([2]);
    expect(statistics).toEqual([2]);
  });
  it('fills a missing test value with the training mean (0 after scaling)', () => {
    const { test } = preprocessSplit([[1], [2], [3], [NaN]], [3]);
    expect(test).toEqual([[0]]);
  });
});
