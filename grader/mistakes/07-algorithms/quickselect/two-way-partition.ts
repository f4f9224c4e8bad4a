// Mistake: a two-way Lomuto partition around the last element: O(n^2) on sorted input and on equal keys.
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
  if (!Number.isInteger(k) || k < 0 || k >= a.length) {
    throw new RangeError(`k must be an integer in [0, ${a.length}); got ${k}`);
  }
  const out = a.slice(); // partition a copy: the caller's array stays as it was
  const swap = (i: number, j: number) => {
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  };
  let lo = 0;
  let hi = out.length - 1;
  // Two-way Lomuto partition around the last element, then keep the side that holds k.
  while (lo < hi) {
    const pivot = out[hi]!;
    let store = lo;
    for (let i = lo; i < hi; i++) if (cmp(out[i]!, pivot) <= 0) swap(i, store++);
    swap(store, hi);
    if (k < store) hi = store - 1;
    else if (k > store) lo = store + 1;
    else return out[k]!;
  }
  return out[k]!;
}
