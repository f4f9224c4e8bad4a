/**
 * Binary search on the answer (LeetCode 1011): the least integer capacity that ships the
 * packages `weights`, in order, within `days` days, where each day ships a contiguous run of
 * packages whose total weight is at most the capacity.
 *
 * Python 3.10+ can say it with `bisect` and a key over a range of candidate answers:
 * ```python
 * lo, hi = max(weights), sum(weights)
 * lo + bisect.bisect_left(range(lo, hi + 1), True, key=can_ship)
 * ```
 * ```ts
 * minShipCapacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5); // 15: [1..5] [6,7] [8] [9] [10]
 * ```
 * `weights` are positive integers (an empty list needs capacity 0). Throws `RangeError` unless
 * `days` is an integer >= 1.
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be an integer >= 1; got ${days}`);
  if (weights.length === 0) return 0;

  /** Greedy check: fill each day as far as it goes. Optimal for a fixed capacity. */
  const canShip = (capacity: number): boolean => {
    let used = 1;
    let load = 0;
    for (const w of weights) {
      if (w > capacity) return false;
      if (load + w > capacity) {
        used++;
        load = 0;
      }
      load += w;
    }
    return used <= days;
  };

  // canShip is monotone: false ... false true ... true over [max, sum]. Find the first true.
  let lo = 0;
  let hi = 0;
  for (const w of weights) {
    lo = Math.max(lo, w); // no capacity below the heaviest package works
    hi += w; // one day for everything always works
  }
  while (lo < hi) {
    // Math.floor, not `(lo + hi) >>> 1`: sums of weights pass 2^32, where bit operators break.
    const mid = Math.floor((lo + hi) / 2);
    if (canShip(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
