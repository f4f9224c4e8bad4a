// Helpers shared by the 07-algorithms hidden suites.
import fc from 'fast-check';

/**
 * `fc.assert(fc.property(arb, check))` whose failure report also carries the failed assertion
 * (expected and received), not only the counterexample. The seed and run count stay the grader's.
 */
export function holds<T>(arb: fc.Arbitrary<T>, check: (value: T) => void): void {
  fc.assert(fc.property(arb, check), { includeErrorInReport: true });
}

/** Compact JSON for failure messages (long arrays are cut). */
export function show(value: unknown, max = 300): string {
  const s = JSON.stringify(value, (_k, v: unknown) => (v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v instanceof Map ? Object.fromEntries(v) : v));
  return s === undefined ? String(value) : s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
}

/**
 * Wraps a comparator so it throws once it has been called more than `maxCalls` times: an
 * O(n^2) algorithm fails fast with a clear message instead of running into the time limit.
 */
export function budgetedComparator<T>(cmp: (x: T, y: T) => number, maxCalls: number, what: string, expected = 'O(n log n)'): (x: T, y: T) => number {
  let calls = 0;
  return (x, y) => {
    if (++calls > maxCalls) {
      throw new Error(`${what}: more than ${maxCalls} comparisons, far beyond ${expected}. Is it quadratic on this input?`);
    }
    return cmp(x, y);
  };
}

/**
 * Wraps `array` in a Proxy that counts reads of its elements and throws past `maxReads`: how the
 * LIS suite tells O(n log n) from O(n^2) without a comparator to count.
 */
export function budgetedArray<T>(array: readonly T[], maxReads: number, what: string): readonly T[] {
  let reads = 0;
  return new Proxy(array as T[], {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop.length > 0 && prop.charCodeAt(0) >= 48 && prop.charCodeAt(0) <= 57) {
        if (++reads > maxReads) throw new Error(`${what}: more than ${maxReads} element reads, far beyond O(n log n). Is it quadratic?`);
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
    set() {
      throw new TypeError(`${what}: the input array must not be modified`);
    },
  });
}

/** Index of the first position where two arrays differ, or -1 (fast on 10^6 elements). */
export function firstDifference<T>(got: readonly T[], want: readonly T[]): number {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) if (!Object.is(got[i], want[i])) return i;
  return -1;
}
