// Mistake: the O(n^2) dynamic program; right answers, but too slow for large inputs.
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
  const best = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  let end = -1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (a[j]! < a[i]! && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        prev[i] = j;
      }
    }
    if (end === -1 || best[i]! > best[end]!) end = i;
  }
  const indices: number[] = [];
  for (let i = end; i !== -1; i = prev[i]!) indices.push(i);
  indices.reverse();
  return { length: indices.length, sequence: indices.map((i) => a[i]!), indices };
}
