import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coinChangeMin, coinChangeWays } from '@impl/07-algorithms/coin-change';
import { holds, show } from './_kit.ts';

/**
 * Brute force: enumerate every vector of coin counts (k_0 coins of the first kind, k_1 of the
 * second, ...) whose total is exactly `amount`. Their number is the number of ways; the smallest
 * sum of counts is the fewest coins.
 */
function bruteForce(coins: number[], amount: number): { min: number; ways: number } {
  let ways = 0;
  let min = Infinity;
  const visit = (i: number, remaining: number, used: number): void => {
    if (i === coins.length) {
      if (remaining === 0) {
        ways++;
        min = Math.min(min, used);
      }
      return;
    }
    for (let k = 0; k * coins[i]! <= remaining; k++) visit(i + 1, remaining - k * coins[i]!, used + k);
  };
  visit(0, amount, 0);
  return { min: min === Infinity ? -1 : min, ways };
}

const smallCase = fc.tuple(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 30 }));

describe('coinChangeMin', () => {
  it('pays 11 with three coins from [1, 2, 5] (5 + 5 + 1)', () => {
    expect(coinChangeMin([1, 2, 5], 11)).toBe(3);
  });

  it('returns -1 when no combination adds up: [2] cannot pay 3', () => {
    expect(coinChangeMin([2], 3)).toBe(-1);
  });

  it('needs no coins for amount 0', () => {
    expect(coinChangeMin([1, 2, 5], 0)).toBe(0);
  });

  it('beats the largest-coin-first greedy: [1, 3, 4] pays 6 with 3 + 3', () => {
    expect(coinChangeMin([1, 3, 4], 6)).toBe(2);
    expect(coinChangeMin([4, 3, 1], 6), 'the order of coins must not matter').toBe(2);
  });

  it('matches a brute force over all coin-count vectors', () => {
    holds(smallCase, ([coins, amount]) => {
      expect(coinChangeMin(coins, amount), `coinChangeMin(${show(coins)}, ${amount})`).toBe(bruteForce(coins, amount).min);
    });
  });

  it('handles amount 100 000 without recursing 100 000 calls deep', () => {
    // No coin is above 10, so at least 10 000 coins, and ten thousand 10s reach it.
    expect(coinChangeMin([1, 7, 10], 100_000)).toBe(10_000);
    // Likewise at least 4 000 coins of at most 25, and four thousand 25s reach it.
    expect(coinChangeMin([5, 10, 25], 100_000)).toBe(4_000);
    // Only even coins never pay an odd amount.
    expect(coinChangeMin([2, 4], 99_999)).toBe(-1);
  });

  it('throws a RangeError for a negative or fractional amount', () => {
    expect(() => coinChangeMin([1], -1), 'amount -1').toThrow(RangeError);
    expect(() => coinChangeMin([1], 2.5), 'amount 2.5').toThrow(RangeError);
  });
});

describe('coinChangeWays', () => {
  it('finds 4 ways to pay 5 with [1, 2, 5]', () => {
    expect(coinChangeWays([1, 2, 5], 5)).toBe(4);
  });

  it('counts combinations, not orderings: [1, 2] pays 3 in 2 ways (1+1+1, 1+2)', () => {
    expect(coinChangeWays([1, 2], 3)).toBe(2);
    expect(coinChangeWays([2, 1], 3), 'the order of coins must not matter').toBe(2);
  });

  it('finds 1 way to pay 0 and 0 ways when nothing adds up', () => {
    expect(coinChangeWays([3, 7], 0)).toBe(1);
    expect(coinChangeWays([2], 3)).toBe(0);
  });

  it('matches a brute force over all coin-count vectors', () => {
    holds(smallCase, ([coins, amount]) => {
      expect(coinChangeWays(coins, amount), `coinChangeWays(${show(coins)}, ${amount})`).toBe(bruteForce(coins, amount).ways);
    });
  });

  it('finds the 292 ways to change a dollar into 1, 5, 10, 25 and 50 cent coins', () => {
    expect(coinChangeWays([1, 5, 10, 25, 50], 100)).toBe(292);
  });

  it('counts the ways to pay 100 000 with [1, 7, 10] (checked by direct counting)', () => {
    // Any number b of 7s and c of 10s with 7b + 10c <= N leaves the rest for 1s: count those pairs.
    const N = 100_000;
    let expected = 0;
    for (let c = 0; 10 * c <= N; c++) expected += Math.floor((N - 10 * c) / 7) + 1;
    expect(coinChangeWays([1, 7, 10], N)).toBe(expected);
  });

  it('throws a RangeError for a negative or fractional amount', () => {
    expect(() => coinChangeWays([1], -1), 'amount -1').toThrow(RangeError);
    expect(() => coinChangeWays([1], 0.5), 'amount 0.5').toThrow(RangeError);
  });
});
