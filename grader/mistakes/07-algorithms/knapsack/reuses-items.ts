// Mistake: the take-branch reads the current row (dp[i][c - w]), so an item can be taken again and again (unbounded knapsack).
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
  if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`capacity must be an integer >= 0; got ${capacity}`);
  for (const { weight } of items) {
    if (!Number.isInteger(weight) || weight < 0) throw new RangeError(`weights must be integers >= 0; got ${weight}`);
  }
  const n = items.length;
  // dp[i][c] = best value using only the first i items with room c. Row i reads row i - 1 only,
  // which is what "each item at most once" means (reading row i would allow reuse).
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(capacity + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    const { weight, value } = items[i - 1]!;
    const prev = dp[i - 1]!;
    const row = dp[i]!;
    for (let c = 0; c <= capacity; c++) {
      row[c] = weight <= c ? Math.max(prev[c]!, row[c - weight]! + value) : prev[c]!;
    }
  }
  // Walk back: item i - 1 was taken exactly when it changed the best value.
  const chosen: number[] = [];
  let c = capacity;
  for (let i = n; i >= 1; i--) {
    if (dp[i]![c] !== dp[i - 1]![c]) {
      chosen.push(i - 1);
      c -= items[i - 1]!.weight;
    }
  }
  chosen.reverse();
  return { value: dp[n]![capacity]!, chosen };
}
