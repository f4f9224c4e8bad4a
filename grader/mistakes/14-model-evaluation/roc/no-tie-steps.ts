// Mistake: emits a point after every sample, so tied scores make a staircase instead of one diagonal step.
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

function uniqueSorted(values: readonly Label[]): Label[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** sklearn's `_check_pos_label_consistency`: without posLabel the labels must be {0,1} or {-1,1} (or one of them). */
function resolvePosLabel(yTrue: readonly Label[], posLabel: Label | undefined): Label {
  if (posLabel !== undefined) return posLabel;
  const classes = uniqueSorted(yTrue);
  const ok = [[0, 1], [-1, 1], [0], [-1], [1]].some((set) => set.length === classes.length && set.every((v, i) => classes[i] === v));
  if (!ok) throw new RangeError(`yTrue takes values ${JSON.stringify(classes)}: pass posLabel`);
  return 1;
}

/**
 * Cumulative false and true positives at each distinct score, highest score first
 * (sklearn's `_binary_clf_curve`). Shared idea with the PR curve.
 */
function binaryClfCurve(yTrue: readonly Label[], yScore: readonly number[], posLabel: Label | undefined) {
  if (yTrue.length !== yScore.length) throw new RangeError('yTrue and yScore have different lengths');
  if (yScore.some((s) => !Number.isFinite(s))) throw new RangeError('yScore contains NaN or infinity');
  const pos = resolvePosLabel(yTrue, posLabel);
  const order = yScore.map((_, i) => i).sort((a, b) => yScore[b]! - yScore[a]!);
  const fps: number[] = [];
  const tps: number[] = [];
  const thresholds: number[] = [];
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (yTrue[i] === pos) tp++;
    tps.push(tp);
    fps.push(k + 1 - tp);
    thresholds.push(yScore[i]!);
  }
  return { fps, tps, thresholds };
}

/** Python: `sklearn.metrics.roc_curve(y_true, y_score, *, pos_label=None, drop_intermediate=True)`. */
export function rocCurve(yTrue: readonly Label[], yScore: readonly number[], options: RocCurveOptions = {}): RocCurve {
  let { fps, tps, thresholds } = binaryClfCurve(yTrue, yScore, options.posLabel);
  if ((options.dropIntermediate ?? true) && fps.length > 2) {
    // Keep the ends and every point where the curve turns (a non-zero second difference).
    const keep = fps.map((_, i) =>
      i === 0 || i === fps.length - 1 || fps[i + 1]! - 2 * fps[i]! + fps[i - 1]! !== 0 || tps[i + 1]! - 2 * tps[i]! + tps[i - 1]! !== 0,
    );
    fps = fps.filter((_, i) => keep[i]);
    tps = tps.filter((_, i) => keep[i]);
    thresholds = thresholds.filter((_, i) => keep[i]);
  }
  fps = [0, ...fps];
  tps = [0, ...tps];
  thresholds = [Infinity, ...thresholds];
  const negatives = fps[fps.length - 1]!;
  const positives = tps[tps.length - 1]!;
  // With no negative (or no positive) sample the rate is undefined: NaN, as sklearn.
  const fpr = fps.map((v) => (negatives > 0 ? v / negatives : NaN));
  const tpr = tps.map((v) => (positives > 0 ? v / positives : NaN));
  return { fpr, tpr, thresholds };
}

/**
 * Python: `sklearn.metrics.roc_auc_score(y_true, y_score)` for a binary target: the trapezoid area
 * under the ROC curve, with the greater of the two labels as the positive class. One class only: NaN.
 */
export function rocAucScore(yTrue: readonly Label[], yScore: readonly number[]): number {
  const classes = uniqueSorted(yTrue);
  if (classes.length > 2) throw new RangeError('rocAucScore supports binary targets only');
  if (classes.length < 2) return NaN;
  const { fpr, tpr } = rocCurve(yTrue, yScore, { posLabel: classes[1]! });
  let area = 0;
  for (let i = 1; i < fpr.length; i++) area += ((fpr[i]! - fpr[i - 1]!) * (tpr[i]! + tpr[i - 1]!)) / 2;
  return area;
}
