import { todo } from '@roadmap/todo';

/**
 * Longest strictly increasing subsequence in O(n log n) ("patience sorting"): its `length`, the
 * `indices` of one such subsequence (ascending) and the values at them (`sequence`).
 *
 * Python:
 * ```python
 * tails = []                         # tails[k]: smallest last value of an increasing run of length k + 1
 * for x in a:
 *     k = bisect.bisect_left(tails, x)
 *     tails[k:k + 1] = [x]           # replace, or append when k == len(tails)
 * len(tails)                         # the length (tails itself is NOT a subsequence of a)
 * ```
 * ```ts
 * lis([10, 9, 2, 5, 3, 7, 101, 18]); // { length: 4, sequence: [2, 3, 7, 18], indices: [2, 4, 5, 7] }
 * ```
 * The input is read, never modified.
 */
export function lis(a: readonly number[]): { length: number; sequence: number[]; indices: number[] } {
  // TODO: keep tails (values) and tailAt (their indices); for each a[i] binary search the first
  // tail >= a[i], replace it (or append), and link i to the index of the tail one to the left.
  // Then follow the links back from the last tail to build indices and sequence.
  return todo('lis');
}
