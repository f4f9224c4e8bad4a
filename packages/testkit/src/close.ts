type Numeric = number | Numeric[];

/**
 * Largest absolute difference between two equally shaped numeric values; `Infinity` when their
 * shapes differ. NaN equals NaN, matching how NumPy's `allclose(equal_nan=True)` reads goldens.
 */
export function maxAbsDiff(actual: unknown, expected: Numeric): number {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return Infinity;
    if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual) ? 0 : Infinity;
    if (!Number.isFinite(expected) || !Number.isFinite(actual)) return expected === actual ? 0 : Infinity;
    return Math.abs(actual - expected);
  }
  if (!Array.isArray(actual) || actual.length !== expected.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, maxAbsDiff(actual[i], expected[i]!));
  return worst;
}

/** Throws with both values shown when `actual` is not within `tol` of `expected` everywhere. */
export function assertClose(actual: unknown, expected: Numeric, tol: number, what = 'value'): void {
  const d = maxAbsDiff(actual, expected);
  if (!(d <= tol)) {
    throw new Error(
      `${what} differs from the expected value by ${d} (tolerance ${tol}).\n` +
        `expected: ${JSON.stringify(expected)}\nreceived: ${JSON.stringify(actual)}`,
    );
  }
}
