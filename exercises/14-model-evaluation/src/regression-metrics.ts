import { todo } from '@roadmap/todo';

/** A target: one value per sample, or one row of outputs per sample (multi-output). */
export type Target = readonly number[] | readonly (readonly number[])[];

/** sklearn's `multioutput=`: average the per-output errors uniformly, or return them all. */
export type Multioutput = 'uniform_average' | 'raw_values';

export interface R2Options {
  /** `'variance_weighted'` weights each output's R² by the variance of its truth. */
  multioutput?: 'uniform_average' | 'raw_values' | 'variance_weighted';
  /** Default true: a constant truth gives 1 for a perfect fit and 0 otherwise, instead of NaN / -Infinity. */
  forceFinite?: boolean;
}

/*
 * Python:
 *   mean_squared_error([3, -0.5, 2, 7], [2.5, 0.0, 2, 8])              # 0.375
 *   mean_squared_error(Y, P, multioutput="raw_values")                 # one per column
 *   mean_squared_error(Y, P, squared=False)                            # RMSE (sklearn >= 1.4: root_mean_squared_error)
 *   r2_score([4, 4, 4], [4, 5, 4])                                     # 0.0 (force_finite)
 *   r2_score([4, 4, 4], [4, 5, 4], force_finite=False)                 # -inf
 */

/** Python: `sklearn.metrics.mean_squared_error(y_true, y_pred, *, multioutput='uniform_average')`. */
export function meanSquaredError(yTrue: Target, yPred: Target, options: { multioutput: 'raw_values' }): number[];
export function meanSquaredError(yTrue: Target, yPred: Target, options?: { multioutput?: 'uniform_average' }): number;
export function meanSquaredError(yTrue: Target, yPred: Target, options: { multioutput?: Multioutput } = {}): number | number[] {
  // TODO: per output column, the mean of squared differences; then average or return them.
  return todo('meanSquaredError');
}

/**
 * Python: `mean_squared_error(..., squared=False)` (sklearn >= 1.4: `root_mean_squared_error`).
 * For several outputs: the mean of the per-output RMSEs, not the root of the mean MSE.
 */
export function rootMeanSquaredError(yTrue: Target, yPred: Target, options: { multioutput: 'raw_values' }): number[];
export function rootMeanSquaredError(yTrue: Target, yPred: Target, options?: { multioutput?: 'uniform_average' }): number;
export function rootMeanSquaredError(yTrue: Target, yPred: Target, options: { multioutput?: Multioutput } = {}): number | number[] {
  // TODO: square root per output, then average or return them.
  return todo('rootMeanSquaredError');
}

/** Python: `sklearn.metrics.mean_absolute_error`. */
export function meanAbsoluteError(yTrue: Target, yPred: Target, options: { multioutput: 'raw_values' }): number[];
export function meanAbsoluteError(yTrue: Target, yPred: Target, options?: { multioutput?: 'uniform_average' }): number;
export function meanAbsoluteError(yTrue: Target, yPred: Target, options: { multioutput?: Multioutput } = {}): number | number[] {
  // TODO: like meanSquaredError with absolute differences.
  return todo('meanAbsoluteError');
}

/**
 * Python: `sklearn.metrics.r2_score(y_true, y_pred, *, multioutput='uniform_average', force_finite=True)`:
 * 1 − SS_res / SS_tot per output. Fewer than two samples: NaN.
 */
export function r2Score(yTrue: Target, yPred: Target, options: R2Options & { multioutput: 'raw_values' }): number[];
export function r2Score(yTrue: Target, yPred: Target, options?: R2Options & { multioutput?: 'uniform_average' | 'variance_weighted' }): number;
export function r2Score(yTrue: Target, yPred: Target, options: R2Options = {}): number | number[] {
  // TODO: per output SS_res and SS_tot, the forceFinite rules, then the multioutput average.
  return todo('r2Score');
}
