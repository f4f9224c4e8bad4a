import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';

/** sklearn's `average=`: one score for `posLabel`, pooled counts, plain mean, support-weighted mean, or per label. */
export type Average = 'binary' | 'micro' | 'macro' | 'weighted' | null;

export interface PrfOptions {
  /** Default `'binary'` (for `precisionRecallFscoreSupport`: `null`). */
  average?: Average;
  /** The positive class when `average` is `'binary'`. Default 1. */
  posLabel?: Label;
  /** Labels to score (and their order for `average: null`); default: sorted union of both arrays. */
  labels?: readonly Label[];
  /** The value of an ill-defined ratio (0/0): 0 (default), 1 or NaN (NaN entries are left out of averages). */
  zeroDivision?: number;
}

export interface FbetaOptions extends PrfOptions {
  /** Weight of recall: F-beta = (1+β²)·tp / ((1+β²)·tp + β²·fn + fp). */
  beta: number;
}

export interface PrfsOptions extends PrfOptions {
  /** Default 1. */
  beta?: number;
}

/** `average: null`: one entry per label. */
export interface PrfsPerLabel {
  precision: number[];
  recall: number[];
  fscore: number[];
  support: number[];
}

/** Any other `average`: one number each, and no support (sklearn returns `None`). */
export interface PrfsAveraged {
  precision: number;
  recall: number;
  fscore: number;
  support: null;
}

type Averaged = Exclude<Average, null>;

/**
 * Python: `sklearn.metrics.accuracy_score(y_true, y_pred, *, normalize=True)`.
 * The fraction of samples predicted exactly right (their count with `normalize: false`).
 */
export function accuracyScore(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: { normalize?: boolean } = {},
): number {
  // TODO: count yTrue[i] === yPred[i].
  return todo('accuracyScore');
}

/*
 * The four functions below share one computation; write it once (a private `prfs` helper) and
 * call it from each. Python, for a multiclass target:
 *
 *   precision_score(y, p, average="macro")           # mean of per-label precisions
 *   recall_score(y, p, average=None)                 # array, one per label
 *   f1_score(y, p, average="weighted")               # weighted by support
 *   fbeta_score(y, p, beta=2, average="micro")       # pooled counts
 *   precision_recall_fscore_support(y, p)            # (precision[], recall[], f[], support[])
 *
 * Counts per label L: tp = #(truth L and prediction L), predicted = #(prediction L),
 * support = #(truth L); fn = support - tp, fp = predicted - tp.
 */

/** Python: `sklearn.metrics.precision_score`: tp / (tp + fp). */
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions & { average: null }): number[];
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions & { average?: Averaged }): number;
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions): number | number[];
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions = {}): number | number[] {
  // TODO: average defaults to 'binary'.
  return todo('precisionScore');
}

/** Python: `sklearn.metrics.recall_score`: tp / (tp + fn). */
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions & { average: null }): number[];
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions & { average?: Averaged }): number;
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions): number | number[];
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions = {}): number | number[] {
  // TODO: same computation, recall = tp / support.
  return todo('recallScore');
}

/** Python: `sklearn.metrics.f1_score`: the harmonic mean of precision and recall (F-beta with β = 1). */
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions & { average: null }): number[];
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions & { average?: Averaged }): number;
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions): number | number[];
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions = {}): number | number[] {
  // TODO: same computation, F-beta with beta = 1.
  return todo('f1Score');
}

/** Python: `sklearn.metrics.fbeta_score(y_true, y_pred, *, beta, ...)`. */
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions & { average: null }): number[];
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions & { average?: Averaged }): number;
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions): number | number[];
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions): number | number[] {
  // TODO: same computation with options.beta.
  return todo('fbetaScore');
}

/** Python: `sklearn.metrics.precision_recall_fscore_support` (default `average=None`). */
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfsOptions & { average?: null }): PrfsPerLabel;
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options: PrfsOptions & { average: Averaged }): PrfsAveraged;
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfsOptions): PrfsPerLabel | PrfsAveraged;
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options: PrfsOptions = {}): PrfsPerLabel | PrfsAveraged {
  // TODO: average defaults to null here; support is null once averaged.
  return todo('precisionRecallFscoreSupport');
}
