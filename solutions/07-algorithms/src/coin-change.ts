/**
 * Coin change with an unlimited supply of each coin. `coins` are distinct positive integers;
 * `amount` is an integer >= 0 (otherwise `RangeError`).
 *
 * Python, bottom-up over amounts:
 * ```python
 * best = [0] + [math.inf] * amount
 * for x in range(1, amount + 1):
 *     best[x] = min((best[x - c] + 1 for c in coins if c <= x), default=math.inf)
 * ```
 */

const checkAmount = (amount: number): void => {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`amount must be an integer >= 0; got ${amount}`);
};

/**
 * The fewest coins that add up to `amount` (LeetCode 322), or -1 when no combination does.
 *
 * ```ts
 * coinChangeMin([1, 2, 5], 11); // 3: 5 + 5 + 1
 * coinChangeMin([2], 3);        // -1
 * ```
 */
export function coinChangeMin(coins: readonly number[], amount: number): number {
  checkAmount(amount);
  // best[x] = fewest coins for x. An array, not recursion: a recursive version is amount calls
  // deep and overflows the call stack for large amounts (Python's RecursionError).
  const best = new Array<number>(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let x = 1; x <= amount; x++) {
    for (const c of coins) {
      if (c <= x && best[x - c]! + 1 < best[x]!) best[x] = best[x - c]! + 1;
    }
  }
  return best[amount] === Infinity ? -1 : best[amount]!;
}

/**
 * The number of different multisets of coins that add up to `amount` (LeetCode 518): order does
 * not matter, so 1 + 2 and 2 + 1 are one way. Exact while the count stays below 2^53.
 *
 * ```ts
 * coinChangeWays([1, 2, 5], 5); // 4: 5, 2+2+1, 2+1+1+1, 1+1+1+1+1
 * ```
 */
export function coinChangeWays(coins: readonly number[], amount: number): number {
  checkAmount(amount);
  const ways = new Array<number>(amount + 1).fill(0);
  ways[0] = 1; // one way to pay nothing: no coins
  // Coins in the outer loop: each multiset is built in one order only (coins in the order given).
  // With amounts outside, 1 + 2 and 2 + 1 would be counted separately (LeetCode 377).
  for (const c of coins) {
    for (let x = c; x <= amount; x++) ways[x]! += ways[x - c]!;
  }
  return ways[amount]!;
}
