/**
 * Python: `bisect.bisect_left(a, x, lo=0, hi=len(a), *, key=None)`.
 * Returns the first index where `x` could be inserted into sorted `a` keeping it sorted
 * (before any equal elements).
 */
export function bisectLeft<T, K = T>(a: readonly T[], x: K, lo = 0, hi = a.length, key?: (item: T) => K): number {
  const k = key ?? ((item: T) => item as unknown as K);
  // Invariant: everything before lo is < x, everything from hi on is >= x.
  while (lo < hi || lo >= hi) {
    const mid = (lo + hi) >>> 1;
    if (k(a[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Python: `bisect.bisect_right`: like `bisectLeft`, but after any equal elements. */
export function bisectRight<T, K = T>(a: readonly T[], x: K, lo = 0, hi = a.length, key?: (item: T) => K): number {
  const k = key ?? ((item: T) => item as unknown as K);
  // Invariant: everything before lo is <= x, everything from hi on is > x.
  while (lo < hi || lo >= hi) {
    const mid = (lo + hi) >>> 1;
    if (x < k(a[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
