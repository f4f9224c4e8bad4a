// Mistake: averages NaN scores (zeroDivision: NaN) like numbers, so one ill-defined label makes the average NaN.
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

/** Python: `sklearn.metrics.accuracy_score(y_true, y_pred, *, normalize=True)`. */
export function accuracyScore(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: { normalize?: boolean } = {},
): number {
  checkLengths(yTrue, yPred);
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) correct++;
  return options.normalize === false ? correct : correct / yTrue.length;
}

/** Python: `sklearn.metrics.precision_score`: tp / (tp + fp). */
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions & { average: null }): number[];
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions & { average?: Averaged }): number;
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions): number | number[];
export function precisionScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions = {}): number | number[] {
  return prfs(yTrue, yPred, { average: 'binary', ...options }, 1).precision;
}

/** Python: `sklearn.metrics.recall_score`: tp / (tp + fn). */
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions & { average: null }): number[];
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions & { average?: Averaged }): number;
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions): number | number[];
export function recallScore(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions = {}): number | number[] {
  return prfs(yTrue, yPred, { average: 'binary', ...options }, 1).recall;
}

/** Python: `sklearn.metrics.f1_score`: the harmonic mean of precision and recall (F-beta with β = 1). */
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions & { average: null }): number[];
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions & { average?: Averaged }): number;
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfOptions): number | number[];
export function f1Score(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions = {}): number | number[] {
  return prfs(yTrue, yPred, { average: 'binary', ...options }, 1).fscore;
}

/** Python: `sklearn.metrics.fbeta_score(y_true, y_pred, *, beta, ...)`. */
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions & { average: null }): number[];
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions & { average?: Averaged }): number;
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions): number | number[];
export function fbetaScore(yTrue: readonly Label[], yPred: readonly Label[], options: FbetaOptions): number | number[] {
  return prfs(yTrue, yPred, { average: 'binary', ...options }, options.beta).fscore;
}

/** Python: `sklearn.metrics.precision_recall_fscore_support` (default `average=None`). */
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfsOptions & { average?: null }): PrfsPerLabel;
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options: PrfsOptions & { average: Averaged }): PrfsAveraged;
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options?: PrfsOptions): PrfsPerLabel | PrfsAveraged;
export function precisionRecallFscoreSupport(yTrue: readonly Label[], yPred: readonly Label[], options: PrfsOptions = {}): PrfsPerLabel | PrfsAveraged {
  const r = prfs(yTrue, yPred, { average: null, ...options }, options.beta ?? 1);
  return r.support === null
    ? { precision: r.precision as number, recall: r.recall as number, fscore: r.fscore as number, support: null }
    : { precision: r.precision as number[], recall: r.recall as number[], fscore: r.fscore as number[], support: r.support };
}

// ---------------------------------------------------------------------------------------------

function checkLengths(yTrue: readonly Label[], yPred: readonly Label[]): void {
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`yTrue and yPred have different lengths (${yTrue.length} and ${yPred.length})`);
  }
}

function uniqueLabels(values: readonly Label[]): Label[] {
  if (new Set(values.map((v) => typeof v)).size > 1) throw new TypeError('Mix of label input types (string and number)');
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** num / den, or `zeroDivision` where den is 0 (sklearn's `_prf_divide`). */
const divide = (num: number[], den: number[], zeroDivision: number) =>
  num.map((n, i) => (den[i] === 0 ? zeroDivision : n / den[i]!));

/** Mean of the non-NaN entries, weighted or not (sklearn's `_nanaverage`). */
function nanAverage(a: number[], weights?: number[]): number {
  const keep = a.map(() => true);
  const vals = a.filter((_, i) => keep[i]);
  if (vals.length === 0) return NaN;
  const plain = () => vals.reduce((s, v) => s + v, 0) / vals.length;
  if (!weights) return plain();
  const w = weights.filter((_, i) => keep[i]);
  const total = w.reduce((s, v) => s + v, 0);
  if (total === 0) return plain();
  return vals.reduce((s, v, i) => s + v * w[i]!, 0) / total;
}

interface Raw {
  precision: number | number[];
  recall: number | number[];
  fscore: number | number[];
  support: number[] | null;
}

function prfs(yTrue: readonly Label[], yPred: readonly Label[], options: PrfOptions, beta: number): Raw {
  checkLengths(yTrue, yPred);
  if (!(beta >= 0)) throw new RangeError('beta should be >= 0');
  const average = options.average === undefined ? 'binary' : options.average;
  const zd = options.zeroDivision ?? 0;
  const present = uniqueLabels([...yTrue, ...yPred]);

  let labels: Label[];
  if (average === 'binary') {
    // 'binary' needs at most two distinct labels, and posLabel must be one of them (unless only
    // one label occurs at all).
    if (present.length > 2) throw new RangeError("Target is multiclass but average='binary': choose another average");
    const pos = options.posLabel ?? 1;
    if (!present.includes(pos) && present.length >= 2) {
      throw new RangeError(`posLabel=${JSON.stringify(pos)} is not a valid label: use one of ${JSON.stringify(present)}`);
    }
    labels = [pos];
  } else if (average === 'micro' || average === 'macro' || average === 'weighted' || average === null) {
    labels = options.labels ? [...options.labels] : present;
  } else {
    throw new RangeError(`Unknown average ${JSON.stringify(average)}`);
  }

  const index = new Map<Label, number>();
  labels.forEach((l, i) => {
    if (!index.has(l)) index.set(l, i);
  });
  let tp = labels.map(() => 0);
  let predSum = labels.map(() => 0);
  let trueSum = labels.map(() => 0);
  for (let s = 0; s < yTrue.length; s++) {
    const t = index.get(yTrue[s]!);
    const p = index.get(yPred[s]!);
    if (t !== undefined) trueSum[t]!++;
    if (p !== undefined) predSum[p]!++;
    if (t !== undefined && yTrue[s] === yPred[s]) tp[t]!++;
  }
  if (average === 'micro') {
    // Pool the counts over the labels first, then divide once.
    const sum = (a: number[]) => a.reduce((x, v) => x + v, 0);
    tp = [sum(tp)];
    predSum = [sum(predSum)];
    trueSum = [sum(trueSum)];
  }

  const b2 = beta * beta;
  const precision = divide(tp, predSum, zd);
  const recall = divide(tp, trueSum, zd);
  // Written on the counts, F-beta is ill-defined only when tp + fn + fp = 0.
  const fscore = divide(
    tp.map((v) => (1 + b2) * v),
    trueSum.map((t, i) => b2 * t + predSum[i]!),
    zd,
  );

  if (average === null) return { precision, recall, fscore, support: trueSum };
  if (average === 'weighted') {
    const totalSupport = trueSum.reduce((s, v) => s + v, 0);
    if (totalSupport === 0) {
      // No sample of any scored label in yTrue: sklearn 1.2.1 answers with zeroDivision, except that
      // precision and F are 0 when something was predicted.
      const anyPredicted = predSum.some((v) => v > 0);
      return { precision: anyPredicted ? 0 : zd, recall: zd, fscore: anyPredicted ? 0 : zd, support: null };
    }
    return { precision: nanAverage(precision, trueSum), recall: nanAverage(recall, trueSum), fscore: nanAverage(fscore, trueSum), support: null };
  }
  // binary and micro hold one value; macro is the plain mean over labels.
  return { precision: nanAverage(precision), recall: nanAverage(recall), fscore: nanAverage(fscore), support: null };
}
