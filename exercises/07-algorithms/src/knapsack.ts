import { todo } from '@roadmap/todo';

/**
 * 0/1 knapsack: the most total value of items whose weights sum to at most `capacity`, each item
 * taken at most once, and which items (`chosen`: their indices, ascending) achieve it. Each item
 * has an integer `weight` >= 0 and a `value` >= 0.
 * O(n * capacity) time and memory. Throws `RangeError` for a negative or fractional capacity
 * or weight.
 *
 * Python, top-down:
 * ```python
 * @functools.cache
 * def best(i, c):                     # best value from items[i:] with room c
 *     if i == len(items): return 0
 *     w, v = items[i]
 *     skip = best(i + 1, c)
 *     return max(skip, v + best(i + 1, c - w)) if w <= c else skip
 * ```
 * ```ts
 * knapsack01([{ weight: 1, value: 1 }, { weight: 3, value: 4 }, { weight: 4, value: 5 }], 7);
 * // { value: 9, chosen: [1, 2] }
 * ```
 */
export function knapsack01(items: readonly { weight: number; value: number }[], capacity: number): { value: number; chosen: number[] } {
  // TODO: validate; fill dp[i][c] = best value from the first i items with room c, reading only
  // row i - 1 (each item once); then walk back from dp[n][capacity] to find the chosen items.
  return todo('knapsack01');
}
