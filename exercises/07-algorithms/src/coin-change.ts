import { todo } from '@roadmap/todo';

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

/**
 * The fewest coins that add up to `amount` (LeetCode 322), or -1 when no combination does.
 *
 * ```ts
 * coinChangeMin([1, 2, 5], 11); // 3: 5 + 5 + 1
 * coinChangeMin([2], 3);        // -1
 * ```
 */
export function coinChangeMin(coins: readonly number[], amount: number): number {
  // TODO: validate amount; best[x] = fewest coins for x, best[0] = 0, the rest Infinity; for each
  // x try every coin c <= x. Return -1 when best[amount] stays Infinity.
  return todo('coinChangeMin');
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
  // TODO: validate amount; ways[0] = 1; for each coin (outer loop!) and each x from c up,
  // ways[x] += ways[x - c].
  return todo('coinChangeWays');
}
