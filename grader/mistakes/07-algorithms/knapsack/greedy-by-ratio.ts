// Mistake: greedy by value/weight ratio, which is optimal for the fractional knapsack but not for 0/1.
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
  // Best value per unit of weight first, take whatever still fits.
  const order = items.map((_, i) => i).sort((p, q) => items[q]!.value / items[q]!.weight - items[p]!.value / items[p]!.weight);
  const chosen: number[] = [];
  let room = capacity;
  let value = 0;
  for (const i of order) {
    if (items[i]!.weight <= room) {
      room -= items[i]!.weight;
      value += items[i]!.value;
      chosen.push(i);
    }
  }
  chosen.sort((p, q) => p - q);
  return { value, chosen };
}
