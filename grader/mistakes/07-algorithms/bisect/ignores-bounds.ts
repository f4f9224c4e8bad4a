// Mistake: searches the whole array and ignores lo/hi.
export function bisectLeft<T, K = T>(a: readonly T[], x: K, _lo = 0, _hi = a.length, key?: (item: T) => K): number {
  const k = key ?? ((item: T) => item as unknown as K);
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (k(a[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function bisectRight<T, K = T>(a: readonly T[], x: K, _lo = 0, _hi = a.length, key?: (item: T) => K): number {
  const k = key ?? ((item: T) => item as unknown as K);
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < k(a[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
