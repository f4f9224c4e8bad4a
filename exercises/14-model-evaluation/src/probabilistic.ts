import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';

export interface LogLossOptions {
  /** Probabilities are clipped to [eps, 1 − eps]. Default `Number.EPSILON` (NumPy's float64 eps). */
  eps?: number;
  /** Mean over samples (default) or, when false, the sum. */
  normalize?: boolean;
  /** All the classes, when yTrue does not show every one. */
  labels?: readonly Label[];
}

/**
 * Python: `sklearn.metrics.log_loss(y_true, y_pred, *, eps='auto', normalize=True, labels=None)` (1.2).
 *
 * ```python
 * log_loss([0, 1, 1], [0.1, 0.8, 0.6])                      # P(class 1) per sample
 * log_loss(["ham", "spam"], [[0.9, 0.1], [0.2, 0.8]])       # one column per sorted class
 * ```
 *
 * Each probability is clipped to [eps, 1 − eps], each row renormalised to sum to 1, and the loss
 * of a sample is −ln p(true class). Throws for fewer than two classes (pass labels) or when the
 * number of columns does not match the number of classes.
 */
export function logLoss(
  yTrue: readonly Label[],
  yPred: readonly number[] | readonly (readonly number[])[],
  options: LogLossOptions = {},
): number {
  // TODO: classes, rows of clipped and renormalised probabilities, mean (or sum) of -log p(true class).
  return todo('logLoss');
}

/**
 * Python: `sklearn.metrics.brier_score_loss(y_true, y_prob, *, pos_label=None)`: the mean squared
 * difference between the outcome (1 for posLabel, else 0) and its predicted probability.
 * Without posLabel: 1 for {0, 1} / {-1, 1} targets, otherwise the greater label of a numeric target
 * (string labels throw). Also throws for more than two classes or probabilities outside [0, 1].
 */
export function brierScoreLoss(yTrue: readonly Label[], yProb: readonly number[], options: { posLabel?: Label } = {}): number {
  // TODO: validate, pick the positive label, then the mean of (outcome - p)^2.
  return todo('brierScoreLoss');
}
