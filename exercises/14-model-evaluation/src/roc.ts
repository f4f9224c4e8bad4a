import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';

/** Python: the `(fpr, tpr, thresholds)` tuple of `roc_curve`. */
export interface RocCurve {
  fpr: number[];
  tpr: number[];
  /** Decreasing; `thresholds[0]` is `Infinity` (no sample predicted positive). */
  thresholds: number[];
}

export interface RocCurveOptions {
  /** The positive class. Default 1, allowed only when yTrue is in {0, 1} or {-1, 1}. */
  posLabel?: Label;
  /** Drop thresholds that are not corners of the curve. Default true. */
  dropIntermediate?: boolean;
}

/**
 * Python: `sklearn.metrics.roc_curve(y_true, y_score, *, pos_label=None, drop_intermediate=True)`.
 *
 * ```python
 * fpr, tpr, thr = roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
 * # fpr [0, 0, 0.5, 0.5, 1], tpr [0, 0.5, 0.5, 1, 1], thr [inf, 0.8, 0.4, 0.35, 0.1]
 * ```
 *
 * One point per distinct score (highest first): the rates of samples scored at or above it.
 * Throws when posLabel is missing and the labels are not {0, 1} / {-1, 1} (or one of them).
 */
export function rocCurve(yTrue: readonly Label[], yScore: readonly number[], options: RocCurveOptions = {}): RocCurve {
  // TODO: resolve posLabel; sort indices by descending score; cumulative tps/fps at the last index
  //       of each run of equal scores; optionally drop intermediate points; prepend (0, 0, Infinity);
  //       divide by the totals (NaN when a total is 0).
  return todo('rocCurve');
}

/**
 * Python: `sklearn.metrics.roc_auc_score(y_true, y_score)` for a binary target: the trapezoid area
 * under the ROC curve, with the greater of the two labels as the positive class. One class only: NaN.
 */
export function rocAucScore(yTrue: readonly Label[], yScore: readonly number[]): number {
  // TODO: find the two classes; NaN for one; rocCurve with posLabel = the greater; trapezoids.
  return todo('rocAucScore');
}
