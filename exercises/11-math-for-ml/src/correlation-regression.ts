import { todo } from '@roadmap/todo';

/**
 * Correlation and simple linear regression.
 *
 * ```python
 * scipy.stats.pearsonr(x, y)[0]
 * scipy.stats.spearmanr(x, y)[0]        # ties get the average of their ranks
 * r = scipy.stats.linregress(x, y)      # r.slope, r.intercept, r.rvalue ** 2
 * ```
 * Each function throws `RangeError` when x and y differ in length or have fewer than two points.
 */

/** Pearson's r: Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²). NaN when either input is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  // TODO: implement pearson (see the doc comment).
  return todo('pearson');
}

/** Spearman's ρ: Pearson's r of the midranks (tied values share the average of their ranks). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  // TODO: implement spearman (see the doc comment).
  return todo('spearman');
}

export interface OlsResult {
  slope: number;
  intercept: number;
  /** The coefficient of determination R² = 1 − SSres / SStot. */
  r2: number;
}

/** Least-squares line y ≈ slope·x + intercept; r2 as `linregress(x, y).rvalue ** 2`. */
export function ols(x: readonly number[], y: readonly number[]): OlsResult {
  // TODO: centred sums.
  return todo('ols');
}
