import { describe, expect, it } from 'vitest';
import { coinChangeMin, coinChangeWays } from '../src/coin-change.ts';

describe('coin change', () => {
  it('pays 11 with three coins from [1, 2, 5]', () => {
    expect(coinChangeMin([1, 2, 5], 11)).toBe(3);
  });
  it('returns -1 when the amount cannot be paid', () => {
    expect(coinChangeMin([2], 3)).toBe(-1);
  });
  it('finds 4 ways to pay 5 with [1, 2, 5]', () => {
    expect(coinChangeWays([1, 2, 5], 5)).toBe(4);
  });
});
