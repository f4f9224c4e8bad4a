import { todo } from '@roadmap/todo';

/**
 * Python: `sorted(a)[k]` (or `heapq.nsmallest(k + 1, a)[-1]`, `numpy.partition(a, k)[k]`), but in
 * expected O(n) instead of O(n log n): the element that would sit at index `k` (0-based) if `a`
 * were sorted by `cmp`. The input is left unchanged. Throws `RangeError` unless `k` is an integer
 * in [0, a.length).
 *
 * ```ts
 * quickselect([7, 1, 5, 3], 0);                 // 1, the minimum
 * quickselect([7, 1, 5, 3], 2);                 // 5
 * quickselect([7, 1, 5, 3], 0, (x, y) => y - x) // 7, the maximum
 * ```
 */
export function quickselect<T>(a: readonly T[], k: number, cmp: (x: T, y: T) => number = (x, y) => (x < y ? -1 : y < x ? 1 : 0)): T {
  // TODO: check k; copy a; then loop: pick the pivot at a random index of [lo, hi] (mulberry32
  // from @roadmap/testkit with a fixed seed), partition into < pivot, == pivot and > pivot, and
  // keep only the part that contains index k (return when k lands among the equals).
  return todo('quickselect');
}
