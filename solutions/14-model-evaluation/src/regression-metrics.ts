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

/** Columns of a target, so every metric works per output. */
function columns(y: Target): number[][] {
  if (y.length > 0 && Array.isArray(y[0])) {
    const rows = y as readonly (readonly number[])[];
    return rows[0]!.map((_, j) => rows.map((r) => r[j]!));
  }
  return [[...(y as readonly number[])]];
}

function paired(yTrue: Target, yPred: Target): [number[][], number[][]] {
  const t = columns(yTrue);
  const p = columns(yPred);
  if (yTrue.length !== yPred.length || t.length !== p.length) {
    throw new RangeError('yTrue and yPred have different shapes');
  }
  if (yTrue.length === 0) throw new RangeError('empty target');
  return [t, p];
}

const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;

function finish(perOutput: number[], multioutput: Multioutput | undefined): number | number[] {
  return multioutput === 'raw_values' ? perOutput : mean(perOutput);
}

/** Python: `sklearn.metrics.mean_squared_error(y_true, y_pred, *, multioutput='uniform_average')`. */
export function meanSquaredError(yTrue: Target, yPred: Target, options: { multioutput: 'raw_values' }): number[];
export function meanSquaredError(yTrue: Target, yPred: Target, options?: { multioutput?: 'uniform_average' }): number;
export function meanSquaredError(yTrue: Target, yPred: Target, options: { multioutput?: Multioutput } = {}): number | number[] {
  const [t, p] = paired(yTrue, yPred);
  return finish(t.map((col, j) => mean(col.map((v, i) => (v - p[j]![i]!) ** 2))), options.multioutput);
}

/**
 * Python: `mean_squared_error(..., squared=False)` (sklearn >= 1.4: `root_mean_squared_error`).
 * For several outputs: the mean of the per-output RMSEs, not the root of the mean MSE.
 */
export function rootMeanSquaredError(yTrue: Target, yPred: Target, options: { multioutput: 'raw_values' }): number[];
export function rootMeanSquaredError(yTrue: Target, yPred: Target, options?: { multioutput?: 'uniform_average' }): number;
export function rootMeanSquaredError(yTrue: Target, yPred: Target, options: { multioutput?: Multioutput } = {}): number | number[] {
  const perOutput = meanSquaredError(yTrue, yPred, { multioutput: 'raw_values' }).map(Math.sqrt);
  return finish(perOutput, options.multioutput);
}

/** Python: `sklearn.metrics.mean_absolute_error`. */
export function meanAbsoluteError(yTrue: Target, yPred: Target, options: { multioutput: 'raw_values' }): number[];
export function meanAbsoluteError(yTrue: Target, yPred: Target, options?: { multioutput?: 'uniform_average' }): number;
export function meanAbsoluteError(yTrue: Target, yPred: Target, options: { multioutput?: Multioutput } = {}): number | number[] {
  const [t, p] = paired(yTrue, yPred);
  return finish(t.map((col, j) => mean(col.map((v, i) => Math.abs(v - p[j]![i]!)))), options.multioutput);
}

/**
 * Python: `sklearn.metrics.r2_score(y_true, y_pred, *, multioutput='uniform_average', force_finite=True)`:
 * 1 − SS_res / SS_tot per output. Fewer than two samples: NaN.
 */
export function r2Score(yTrue: Target, yPred: Target, options: R2Options & { multioutput: 'raw_values' }): number[];
export function r2Score(yTrue: Target, yPred: Target, options?: R2Options & { multioutput?: 'uniform_average' | 'variance_weighted' }): number;
export function r2Score(yTrue: Target, yPred: Target, options: R2Options = {}): number | number[] {
  const [t, p] = paired(yTrue, yPred);
  if (yTrue.length < 2) return options.multioutput === 'raw_values' ? t.map(() => NaN) : NaN;
  const forceFinite = options.forceFinite ?? true;
  const num = t.map((col, j) => col.reduce((s, v, i) => s + (v - p[j]![i]!) ** 2, 0));
  const den = t.map((col) => {
    const m = mean(col);
    return col.reduce((s, v) => s + (v - m) ** 2, 0);
  });
  const scores = num.map((n, j) => {
    const d = den[j]!;
    if (!forceFinite) return 1 - n / d; // 0/0 -> NaN, n/0 -> -Infinity
    if (n === 0) return 1; // perfect predictions, even of a constant truth
    if (d === 0) return 0; // imperfect predictions of a constant truth
    return 1 - n / d;
  });
  const mo = options.multioutput ?? 'uniform_average';
  if (mo === 'raw_values') return scores;
  if (mo === 'variance_weighted') {
    const total = den.reduce((s, v) => s + v, 0);
    // Every output constant: all weights are 0, fall back to the uniform mean.
    if (total === 0) return mean(scores);
    return scores.reduce((s, v, j) => s + v * den[j]!, 0) / total;
  }
  return mean(scores);
}
