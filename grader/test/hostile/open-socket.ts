// Phones home at import; the test's server counts every connection it receives.
await fetch('http://127.0.0.1:__PORT__/phone-home').catch(() => undefined);

export function bisectLeft<T, K = T>(a: readonly T[], _x: K, _lo = 0, _hi = a.length, _key?: (item: T) => K): number {
  return a.length;
}

export function bisectRight<T, K = T>(a: readonly T[], _x: K, _lo = 0, _hi = a.length, _key?: (item: T) => K): number {
  return a.length;
}
