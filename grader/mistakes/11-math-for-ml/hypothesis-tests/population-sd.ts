// Mistake: uses the population standard deviation (ddof 0) in the t statistics, like simple-statistics' tTest.
import { regularizedBeta, regularizedGammaQ } from './_special.ts';

/**
 * Classical tests with two-sided p-values, as SciPy computes them:
 *
 * ```python
 * from scipy import stats
 * stats.ttest_1samp(x, mu)                  # -> (statistic, pvalue)
 * stats.ttest_ind(a, b, equal_var=True)     # equal_var=False is Welch's test
 * stats.chisquare(observed, expected)       # expected defaults to uniform
 * ```
 * The special functions for the p-values are given in `_special.ts`:
 * P(|T| ≥ |t|) for Student's t with ν degrees of freedom is `regularizedBeta(ν/(ν + t²), ν/2, 1/2)`;
 * P(χ² ≥ x) with ν degrees of freedom is `regularizedGammaQ(ν/2, x/2)`.
 */
export interface TestResult {
  statistic: number;
  pValue: number;
}

function meanOf(x: readonly number[]): number {
  return x.reduce((s, v) => s + v, 0) / x.length;
}

/** Sample variance (ddof 1): the t statistic estimates σ from the sample. */
function sampleVar(x: readonly number[]): number {
  const m = meanOf(x);
  return x.reduce((s, v) => s + (v - m) ** 2, 0) / x.length;
}

/** P(|T| ≥ |t|) for Student's t with df degrees of freedom: I_{df/(df+t²)}(df/2, 1/2). */
function twoSidedT(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

/** Python: `stats.ttest_1samp(x, mu)`: t = (x̄ − μ) / (s / √n), df = n − 1. */
export function oneSampleT(x: readonly number[], mu: number): TestResult {
  const n = x.length;
  const statistic = (meanOf(x) - mu) / Math.sqrt(sampleVar(x) / n);
  return { statistic, pValue: twoSidedT(statistic, n - 1) };
}

/**
 * Python: `stats.ttest_ind(a, b, equal_var=...)`, statistic for mean(a) − mean(b).
 * `equalVar: true` (the default, as in SciPy) pools the variances, df = n₁ + n₂ − 2.
 * `equalVar: false` is Welch's test with Welch–Satterthwaite degrees of freedom.
 */
export function twoSampleT(a: readonly number[], b: readonly number[], opts: { equalVar?: boolean } = {}): TestResult {
  const { equalVar = true } = opts;
  const n1 = a.length;
  const n2 = b.length;
  const v1 = sampleVar(a);
  const v2 = sampleVar(b);
  const diff = meanOf(a) - meanOf(b);
  if (equalVar) {
    const df = n1 + n2 - 2;
    const pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / df;
    const statistic = diff / Math.sqrt(pooled * (1 / n1 + 1 / n2));
    return { statistic, pValue: twoSidedT(statistic, df) };
  }
  const se1 = v1 / n1;
  const se2 = v2 / n2;
  const statistic = diff / Math.sqrt(se1 + se2);
  const df = (se1 + se2) ** 2 / (se1 ** 2 / (n1 - 1) + se2 ** 2 / (n2 - 1));
  return { statistic, pValue: twoSidedT(statistic, df) };
}

/**
 * Python: `stats.chisquare(observed, expected)`: Σ (O − E)² / E with k − 1 degrees of freedom;
 * the p-value is the upper tail Q((k − 1)/2, χ²/2). Without `expected`, every category expects
 * the mean count. `RangeError` when the lengths or the totals differ.
 */
export function chiSquare(observed: readonly number[], expected?: readonly number[] | null): TestResult {
  const k = observed.length;
  const total = observed.reduce((s, v) => s + v, 0);
  const exp = expected ?? observed.map(() => total / k);
  if (exp.length !== k) throw new RangeError('chiSquare: observed and expected have different lengths');
  const expTotal = exp.reduce((s, v) => s + v, 0);
  if (Math.abs(total - expTotal) > 1e-8 * Math.max(Math.abs(total), Math.abs(expTotal))) {
    throw new RangeError(`chiSquare: observed total ${total} differs from expected total ${expTotal}`);
  }
  let statistic = 0;
  for (let i = 0; i < k; i++) statistic += (observed[i]! - exp[i]!) ** 2 / exp[i]!;
  // Use Q directly, not 1 − P: a strong effect has a p-value like 1e-20, which 1 − P rounds to 0.
  return { statistic, pValue: regularizedGammaQ((k - 1) / 2, statistic / 2) };
}
