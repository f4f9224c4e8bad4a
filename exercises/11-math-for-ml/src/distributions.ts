import { todo } from '@roadmap/todo';

/**
 * Probability distributions with SciPy's argument order:
 *
 * ```python
 * from scipy import stats
 * stats.binom.pmf(k, n, p); stats.binom.cdf(k, n, p); stats.poisson.pmf(k, mu)
 * stats.norm.pdf(x, mu, sigma); stats.norm.cdf(x, mu, sigma); stats.norm.ppf(q, mu, sigma)
 * ```
 */

/**
 * Python: `stats.binom.pmf(k, n, p)` = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ. 0 for k outside 0..n or not an integer.
 * Compute in log space: 1100! overflows a double and 0.5¹¹⁰⁰ underflows, but their product does not.
 */
export function binomPmf(k: number, n: number, p: number): number {
  // TODO: implement binomPmf (see the doc comment).
  return todo('binomPmf');
}

/** Python: `stats.binom.cdf(k, n, p)` = P(X ≤ k), the sum of the pmf from 0 to ⌊k⌋. */
export function binomCdf(k: number, n: number, p: number): number {
  // TODO: implement binomCdf (see the doc comment).
  return todo('binomCdf');
}

/** Python: `stats.poisson.pmf(k, mu)` = e^{−μ} μᵏ / k!, in log space. */
export function poissonPmf(k: number, mu: number): number {
  // TODO: implement poissonPmf (see the doc comment).
  return todo('poissonPmf');
}

/** Python: `stats.norm.pdf(x, mu, sigma)`. */
export function normalPdf(x: number, mu = 0, sigma = 1): number {
  // TODO: implement normalPdf (see the doc comment).
  return todo('normalPdf');
}

/**
 * Python: `stats.norm.cdf(x, mu, sigma)` = Φ((x − μ)/σ) = ½ erfc(−z/√2).
 * For z < 0 compute the tail directly, never 1 − Φ(|z|): Φ(−10) ≈ 7.6e-24 must not round to 0.
 */
export function normalCdf(x: number, mu = 0, sigma = 1): number {
  // TODO: an accurate erfc (series for small arguments, a continued fraction for large ones).
  return todo('normalCdf');
}

/**
 * Python: `stats.norm.ppf(q, mu, sigma)`: the x with Φ(x) = q. −Infinity at 0, Infinity at 1,
 * NaN outside [0, 1].
 */
export function normalPpf(p: number, mu = 0, sigma = 1): number {
  // TODO: an initial guess, then Newton steps on normalCdf(z) − p.
  return todo('normalPpf');
}
