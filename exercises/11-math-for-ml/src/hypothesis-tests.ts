import { todo } from '@roadmap/todo';
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

/** Python: `stats.ttest_1samp(x, mu)`: t = (x̄ − μ) / (s / √n), df = n − 1. */
export function oneSampleT(x: readonly number[], mu: number): TestResult {
  // TODO: s is the sample standard deviation (ddof 1).
  return todo('oneSampleT');
}

/**
 * Python: `stats.ttest_ind(a, b, equal_var=...)`, statistic for mean(a) − mean(b).
 * `equalVar: true` (the default, as in SciPy) pools the variances, df = n₁ + n₂ − 2.
 * `equalVar: false` is Welch's test with Welch–Satterthwaite degrees of freedom.
 */
export function twoSampleT(a: readonly number[], b: readonly number[], opts: { equalVar?: boolean } = {}): TestResult {
  // TODO: implement twoSampleT (see the doc comment).
  return todo('twoSampleT');
}

/**
 * Python: `stats.chisquare(observed, expected)`: Σ (O − E)² / E with k − 1 degrees of freedom;
 * the p-value is the upper tail Q((k − 1)/2, χ²/2). Without `expected`, every category expects
 * the mean count. `RangeError` when the lengths or the totals differ.
 */
export function chiSquare(observed: readonly number[], expected?: readonly number[] | null): TestResult {
  // TODO: implement chiSquare (see the doc comment).
  return todo('chiSquare');
}
