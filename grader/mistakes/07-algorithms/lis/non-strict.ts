// Mistake: bisect_right instead of bisect_left, so equal values extend the run (non-decreasing, not increasing).
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
  const n = a.length;
  const tails: number[] = []; // tails[k]: smallest last value of an increasing subsequence of length k + 1
  const tailAt: number[] = []; // tailAt[k]: the index in `a` of that value
  const prev = new Int32Array(n).fill(-1); // prev[i]: the index before i in the subsequence ending at i
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    // bisect_left: the first k with tails[k] >= x. Left, not right, keeps it strictly increasing.
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tails[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
    tailAt[lo] = i;
    prev[i] = lo > 0 ? tailAt[lo - 1]! : -1;
  }
  // tails is not a witness (its values may come from different subsequences); the prev links
  // from the last tail are.
  const indices: number[] = [];
  for (let i = tails.length > 0 ? tailAt[tails.length - 1]! : -1; i !== -1; i = prev[i]!) indices.push(i);
  indices.reverse();
  return { length: tails.length, sequence: indices.map((i) => a[i]!), indices };
}
