// Mistake: partitions the caller's array in place instead of a copy.
import { mulberry32 } from '@roadmap/testkit';

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
  const out = a as T[]; // works on the caller's array
  const swap = (i: number, j: number) => {
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  };
  const rng = mulberry32(0x2545f491);
  let lo = 0;
  let hi = out.length - 1;
  while (lo < hi) {
    // A pivot at a random position: expected O(n) on every input, sorted or not. The generator
    // is seeded, so results are reproducible (Math.random would make runs differ).
    const pivot = out[lo + Math.floor(rng() * (hi - lo + 1))]!;
    // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const c = cmp(out[i]!, pivot);
      if (c < 0) swap(lt++, i++);
      else if (c > 0) swap(i, gt--);
      else i++;
    }
    // Keep only the side that holds index k; unlike quicksort, never the other one.
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return out[k]!;
  }
  return out[k]!;
}
