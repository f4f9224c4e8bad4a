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

function nonEmpty(x: readonly number[], what: string): void {
  if (x.length === 0) throw new RangeError(`${what}: empty input`);
}

/** Numbers ascending (JavaScript's default sort compares as strings: [10, 9, 1] → [1, 10, 9]). */
function sorted(x: readonly number[]): number[] {
  return [...x].sort((a, b) => a - b);
}

/** Python: `np.mean(x)`. */
export function mean(x: readonly number[]): number {
  nonEmpty(x, 'mean');
  let s = 0;
  for (const v of x) s += v;
  return s / x.length;
}

/**
 * Python: `np.var(x, ddof=0)`: Σ(xᵢ − x̄)² / (n − ddof). ddof 1 is the sample variance
 * (`statistics.variance`, pandas' default). NaN when n − ddof ≤ 0.
 */
export function variance(x: readonly number[], ddof = 0): number {
  nonEmpty(x, 'variance');
  const n = x.length;
  if (n - ddof <= 0) return NaN;
  // Two passes: subtract the mean first. E[x²] − E[x]² cancels catastrophically for data far from 0.
  const m = mean(x);
  let ss = 0;
  for (const v of x) ss += (v - m) * (v - m);
  return ss / (n - ddof);
}

/** Python: `np.std(x, ddof=0)`. */
export function std(x: readonly number[], ddof = 0): number {
  return Math.sqrt(variance(x, ddof));
}

/** Python: `np.median(x)`: the middle value, or the mean of the two middle values. */
export function median(x: readonly number[]): number {
  return quantile(x, 0.5);
}

/**
 * Python: `np.quantile(x, q)` (linear interpolation, type 7): position h = (n − 1)q in the
 * sorted data, interpolated between its neighbours. `RangeError` unless 0 ≤ q ≤ 1.
 */
export function quantile(x: readonly number[], q: number): number {
  nonEmpty(x, 'quantile');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  const s = sorted(x);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

/** Python: `scipy.stats.mode(x).mode`: the most frequent value; ties go to the smallest. */
export function mode(x: readonly number[]): number {
  nonEmpty(x, 'mode');
  const s = sorted(x);
  let best = s[0]!;
  let bestCount = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
    if (run > bestCount) {
      // Strictly greater: an equal count later in sorted order (a larger value) does not win.
      bestCount = run;
      best = s[i]!;
    }
  }
  return best;
}

function centralMoments(x: readonly number[]): { m2: number; m3: number; m4: number } {
  const m = mean(x);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const v of x) {
    const d = v - m;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  const n = x.length;
  return { m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

/**
 * Python: `scipy.stats.skew(x, bias=True)`: g1 = m3 / m2^{3/2} with population moments.
 * `bias: false` gives the adjusted G1 = g1 · √(n(n − 1)) / (n − 2) (needs n ≥ 3).
 */
export function skew(x: readonly number[], opts: { bias?: boolean } = {}): number {
  nonEmpty(x, 'skew');
  const { bias = true } = opts;
  const { m2, m3 } = centralMoments(x);
  const g1 = m3 / m2 ** 1.5;
  if (bias) return g1;
  const n = x.length;
  if (n < 3) return NaN;
  return (g1 * Math.sqrt(n * (n - 1))) / (n - 2);
}

/**
 * Python: `scipy.stats.kurtosis(x, bias=True)`: excess kurtosis g2 = m4 / m2² − 3 (0 for a normal).
 * `bias: false` gives G2 = ((n + 1) g2 + 6)(n − 1) / ((n − 2)(n − 3)) (needs n ≥ 4).
 */
export function kurtosis(x: readonly number[], opts: { bias?: boolean } = {}): number {
  nonEmpty(x, 'kurtosis');
  const { bias = true } = opts;
  const { m2, m4 } = centralMoments(x);
  const g2 = m4 / (m2 * m2) - 3;
  if (bias) return g2;
  const n = x.length;
  if (n < 4) return NaN;
  return (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
