import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';

/** Python: the `(precision, recall, thresholds)` tuple of `precision_recall_curve`. */
export interface PrCurve {
  /** One longer than thresholds; ends with 1. */
  precision: number[];
  /** Decreasing; ends with 0. */
  recall: number[];
  /** Increasing distinct scores. */
  thresholds: number[];
}

/**
 * Python: `sklearn.metrics.precision_recall_curve(y_true, probas_pred, *, pos_label=None)` (1.2).
 *
 * ```python
 * p, r, t = precision_recall_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
 * # p [0.5, 0.667, 0.5, 1, 1], r [1, 1, 0.5, 0.5, 0], t [0.1, 0.35, 0.4, 0.8]
 * ```
 *
 * One point per distinct score, from the lowest threshold up, then the point (recall 0,
 * precision 1). posLabel defaults to 1 for {0, 1} / {-1, 1} targets (throws otherwise).
 */
export function precisionRecallCurve(
  yTrue: readonly Label[],
  probasPred: readonly number[],
  options: { posLabel?: Label } = {},
): PrCurve {
  // TODO: cumulative tp/fp at each distinct score (highest first), precision and recall from
  //       them, reverse, append (1, 0).
  return todo('precisionRecallCurve');
}

/**
 * Python: `sklearn.metrics.average_precision_score(y_true, y_score, *, pos_label=1)`:
 * AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ, a step sum over the PR curve (no trapezoids, no interpolation).
 * Throws when yTrue has two labels and posLabel is not one of them.
 */
export function averagePrecisionScore(
  yTrue: readonly Label[],
  yScore: readonly number[],
  options: { posLabel?: Label } = {},
): number {
  // TODO: check posLabel against the labels present, then sum the recall steps times precision.
  return todo('averagePrecisionScore');
}
