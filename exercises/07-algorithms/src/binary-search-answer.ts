import { todo } from '@roadmap/todo';

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
  // TODO: validate days; write canShip(capacity) (greedy: fill each day as far as it goes);
  // binary search the least capacity in [max(weights), sum(weights)] for which canShip is true.
  return todo('minShipCapacity');
}
