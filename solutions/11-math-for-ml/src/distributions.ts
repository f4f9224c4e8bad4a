/**
 * Probability distributions with SciPy's argument order:
 *
 * ```python
 * from scipy import stats
 * stats.binom.pmf(k, n, p); stats.binom.cdf(k, n, p); stats.poisson.pmf(k, mu)
 * stats.norm.pdf(x, mu, sigma); stats.norm.cdf(x, mu, sigma); stats.norm.ppf(q, mu, sigma)
 * ```
 */

/** ln(k!) as a sum of logs: exact enough for the k used here, and never overflows. */
function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

/** ln C(n, k) = Σᵢ ln((n − k + i) / i): k small terms instead of three huge ones that cancel. */
function logChoose(n: number, k: number): number {
  const r = Math.min(k, n - k);
  let s = 0;
  for (let i = 1; i <= r; i++) s += Math.log((n - r + i) / i);
  return s;
}

/**
 * Python: `stats.binom.pmf(k, n, p)` = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ. 0 for k outside 0..n or not an integer.
 * Computed in log space: 1100! overflows a double and 0.5¹¹⁰⁰ underflows, but their product does not.
 */
export function binomPmf(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** Python: `stats.binom.cdf(k, n, p)` = P(X ≤ k), the sum of the pmf from 0 to ⌊k⌋. */
export function binomCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let s = 0;
  for (let i = 0; i <= Math.floor(k); i++) s += binomPmf(i, n, p);
  return Math.min(1, s);
}

/** Python: `stats.poisson.pmf(k, mu)` = e^{−μ} μᵏ / k!, in log space. */
export function poissonPmf(k: number, mu: number): number {
  if (!Number.isInteger(k) || k < 0) return 0;
  if (mu === 0) return k === 0 ? 1 : 0;
  return Math.exp(k * Math.log(mu) - mu - logFactorial(k));
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Python: `stats.norm.pdf(x, mu, sigma)`. */
export function normalPdf(x: number, mu = 0, sigma = 1): number {
  if (!(sigma > 0)) return NaN;
  const z = (x - mu) / sigma;
  return Math.exp(-0.5 * z * z) / (sigma * SQRT_2PI);
}

/**
 * erfc(z) for z ≥ 0. Small z: 1 − erf(z) with erf's series of positive terms
 * erf(z) = 2/√π · e^{−z²} Σ 2ⁿ z^{2n+1} / (1·3·…·(2n+1)). Large z: the continued fraction
 * erfc(z) = e^{−z²}/√π · 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + …)))), which keeps full relative
 * accuracy far in the tail where 1 − erf(z) would round to 0.
 */
function erfcNonNegative(z: number): number {
  if (z < 2.5) {
    let term = z;
    let sum = z;
    for (let n = 1; n < 200; n++) {
      term *= (2 * z * z) / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return 1 - ((2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum);
  }
  // Modified Lentz evaluation of the continued fraction z + a₁/(z + a₂/(z + …)), aₙ = n/2.
  const tiny = 1e-300;
  let f = z;
  let C = z;
  let D = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    D = z + a * D;
    D = D === 0 ? 1 / tiny : 1 / D;
    C = z + a / C;
    if (C === 0) C = tiny;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-z * z) / (Math.sqrt(Math.PI) * f);
}

/**
 * Python: `stats.norm.cdf(x, mu, sigma)` = Φ((x − μ)/σ) = ½ erfc(−z/√2).
 * For z < 0 it uses erfc directly, never 1 − Φ(|z|): Φ(−10) ≈ 7.6e-24 must not round to 0.
 */
export function normalCdf(x: number, mu = 0, sigma = 1): number {
  if (!(sigma > 0)) return NaN;
  const z = (x - mu) / sigma;
  if (Number.isNaN(z)) return NaN;
  const t = Math.abs(z) / Math.SQRT2;
  const tail = 0.5 * erfcNonNegative(t); // P(Z > |z|)
  return z < 0 ? tail : 1 - tail;
}

// Acklam's rational approximation to Φ⁻¹ (relative error < 1.2e-9), refined below.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

function acklam(p: number): number {
  const pLow = 0.02425;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  }
  if (p > 1 - pLow) return -acklam(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}

/**
 * Python: `stats.norm.ppf(q, mu, sigma)`: the x with Φ(x) = q. −Infinity at 0, Infinity at 1,
 * NaN outside [0, 1]. Acklam's approximation, then Halley steps on Φ(x) − q to full precision.
 */
export function normalPpf(p: number, mu = 0, sigma = 1): number {
  if (!(sigma > 0) || !(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  // Work in the lower half so that the target probability keeps its relative precision.
  const lower = p <= 0.5;
  const target = lower ? p : 1 - p;
  let z = acklam(target);
  for (let i = 0; i < 2; i++) {
    const e = normalCdf(z) - target;
    const u = e / normalPdf(z); // Newton step
    z -= u / (1 + (z * u) / 2); // Halley's correction
  }
  return mu + sigma * (lower ? z : -z);
}
