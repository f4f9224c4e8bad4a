import { todo } from '@roadmap/todo';

/**
 * Python: `bisect.bisect_left(a, x, lo=0, hi=len(a), *, key=None)`.
 * Returns the first index where `x` could be inserted into sorted `a` keeping it sorted
 * (before any equal elements).
 */
export function bisectLeft<T, K = T>(a: readonly T[], x: K, lo = 0, hi = a.length, key?: (item: T) => K): number {
  // TODO: binary search on [lo, hi) for the first element whose key is not less than x.
  return todo('bisectLeft');
}

/** Python: `bisect.bisect_right`: like `bisectLeft`, but after any equal elements. */
export function bisectRight<T, K = T>(a: readonly T[], x: K, lo = 0, hi = a.length, key?: (item: T) => K): number {
  // TODO: binary search on [lo, hi) for the first element whose key is greater than x.
  return todo('bisectRight');
}
