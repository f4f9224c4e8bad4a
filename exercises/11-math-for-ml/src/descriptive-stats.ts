import { todo } from '@roadmap/todo';

/**
 * Descriptive statistics with NumPy/SciPy semantics.
 *
 * ```python
 * np.mean(x); np.var(x, ddof=0); np.std(x, ddof=0); np.median(x)
 * np.quantile(x, q)                      # method='linear' (Hyndman & Fan type 7)
 * scipy.stats.mode(x).mode               # the smallest of the most frequent values
 * scipy.stats.skew(x, bias=True); scipy.stats.kurtosis(x, bias=True)   # excess (Fisher) kurtosis
 * ```
 * Every function throws `RangeError` on an empty array and leaves its input unchanged.
 */

/** Python: `np.mean(x)`. */
export function mean(x: readonly number[]): number {
  // TODO: implement mean (see the doc comment).
  return todo('mean');
}

/**
 * Python: `np.var(x, ddof=0)`: Σ(xᵢ − x̄)² / (n − ddof). ddof 1 is the sample variance
 * (`statistics.variance`, pandas' default). NaN when n − ddof ≤ 0.
 */
export function variance(x: readonly number[], ddof = 0): number {
  // TODO: subtract the mean first (two passes).
  return todo('variance');
}

/** Python: `np.std(x, ddof=0)`. */
export function std(x: readonly number[], ddof = 0): number {
  // TODO: implement std (see the doc comment).
  return todo('std');
}

/** Python: `np.median(x)`: the middle value, or the mean of the two middle values. */
export function median(x: readonly number[]): number {
  // TODO: implement median (see the doc comment).
  return todo('median');
}

/**
 * Python: `np.quantile(x, q)` (linear interpolation, type 7): position h = (n − 1)q in the
 * sorted data, interpolated between its neighbours. `RangeError` unless 0 ≤ q ≤ 1.
 */
export function quantile(x: readonly number[], q: number): number {
  // TODO: sort a copy numerically, then interpolate.
  return todo('quantile');
}

/** Python: `scipy.stats.mode(x).mode`: the most frequent value; ties go to the smallest. */
export function mode(x: readonly number[]): number {
  // TODO: implement mode (see the doc comment).
  return todo('mode');
}

/**
 * Python: `scipy.stats.skew(x, bias=True)`: g1 = m3 / m2^{3/2} with population moments.
 * `bias: false` gives the adjusted G1 = g1 · √(n(n − 1)) / (n − 2) (needs n ≥ 3).
 */
export function skew(x: readonly number[], opts: { bias?: boolean } = {}): number {
  // TODO: central moments m2 and m3 (divided by n).
  return todo('skew');
}

/**
 * Python: `scipy.stats.kurtosis(x, bias=True)`: excess kurtosis g2 = m4 / m2² − 3 (0 for a normal).
 * `bias: false` gives G2 = ((n + 1) g2 + 6)(n − 1) / ((n − 2)(n − 3)) (needs n ≥ 4).
 */
export function kurtosis(x: readonly number[], opts: { bias?: boolean } = {}): number {
  // TODO: central moments m2 and m4 (divided by n).
  return todo('kurtosis');
}
