// Mistake: measures the loss in bits (log base 2) instead of nats.
import type { Label } from './_types.ts';

export interface LogLossOptions {
  /** Probabilities are clipped to [eps, 1 − eps]. Default `Number.EPSILON` (NumPy's float64 eps). */
  eps?: number;
  /** Mean over samples (default) or, when false, the sum. */
  normalize?: boolean;
  /** All the classes, when yTrue does not show every one. */
  labels?: readonly Label[];
}

function uniqueSorted(values: readonly Label[]): Label[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Python: `sklearn.metrics.log_loss(y_true, y_pred, *, eps='auto', normalize=True, labels=None)` (1.2).
 *
 * `yPred` is either the probability of the positive (greater) class for each sample, or one row per
 * sample with one probability per class, classes sorted. Each probability is clipped to
 * [eps, 1 − eps], each row renormalised to sum to 1, and the loss is −log p(true class).
 */
export function logLoss(
  yTrue: readonly Label[],
  yPred: readonly number[] | readonly (readonly number[])[],
  options: LogLossOptions = {},
): number {
  const eps = options.eps ?? Number.EPSILON;
  if (yTrue.length !== yPred.length) throw new RangeError('yTrue and yPred have different lengths');
  const classes = uniqueSorted(options.labels ?? yTrue);
  if (classes.length < 2) {
    throw new RangeError(`need at least two classes, got ${JSON.stringify(classes)}: pass labels`);
  }
  const clip = (v: number) => Math.min(Math.max(v, eps), 1 - eps);
  const rows = yPred.map((r) => {
    if (Array.isArray(r)) {
      const row = (r as readonly number[]).map(clip);
      return row.length === 1 ? [1 - row[0]!, row[0]!] : row;
    }
    const q = clip(r as number);
    // Clip first, then take the complement, as sklearn does.
    return [1 - q, q];
  });
  let total = 0;
  yTrue.forEach((label, i) => {
    const row = rows[i]!;
    if (row.length !== classes.length) {
      throw new RangeError(`yPred has ${row.length} columns for ${classes.length} classes ${JSON.stringify(classes)}`);
    }
    const k = classes.indexOf(label);
    if (k < 0) throw new RangeError(`yTrue contains ${JSON.stringify(label)}, which is not among the labels`);
    const sum = row.reduce((s, v) => s + v, 0);
    total += -Math.log2(row[k]! / sum);
  });
  return options.normalize === false ? total : total / yTrue.length;
}

/**
 * Python: `sklearn.metrics.brier_score_loss(y_true, y_prob, *, pos_label=None)`: the mean squared
 * difference between the outcome (1 for posLabel, else 0) and its predicted probability.
 * Without posLabel: 1 for {0, 1} / {-1, 1} targets, otherwise the greater label of a numeric target.
 */
export function brierScoreLoss(yTrue: readonly Label[], yProb: readonly number[], options: { posLabel?: Label } = {}): number {
  if (yTrue.length !== yProb.length) throw new RangeError('yTrue and yProb have different lengths');
  const classes = uniqueSorted(yTrue);
  if (classes.length > 2) throw new RangeError('Only binary classification is supported');
  if (yProb.some((p) => p > 1)) throw new RangeError('yProb contains values greater than 1');
  if (yProb.some((p) => p < 0)) throw new RangeError('yProb contains values less than 0');
  let pos = options.posLabel;
  if (pos === undefined) {
    const standard = [[0, 1], [-1, 1], [0], [-1], [1]].some((s) => s.length === classes.length && s.every((v, i) => classes[i] === v));
    if (standard) pos = 1;
    else if (classes.every((c) => typeof c === 'number')) pos = classes[classes.length - 1]!;
    else throw new RangeError(`yTrue takes values ${JSON.stringify(classes)}: pass posLabel`);
  }
  return yProb.reduce((s, p, i) => s + ((yTrue[i] === pos ? 1 : 0) - p) ** 2, 0) / yProb.length;
}
