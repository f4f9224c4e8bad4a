// Mistake: integrates the PR curve with trapezoids (sklearn.metrics.auc(recall, precision)) instead of the step sum.
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

function uniqueSorted(values: readonly Label[]): Label[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function resolvePosLabel(yTrue: readonly Label[], posLabel: Label | undefined): Label {
  if (posLabel !== undefined) return posLabel;
  const classes = uniqueSorted(yTrue);
  const ok = [[0, 1], [-1, 1], [0], [-1], [1]].some((set) => set.length === classes.length && set.every((v, i) => classes[i] === v));
  if (!ok) throw new RangeError(`yTrue takes values ${JSON.stringify(classes)}: pass posLabel`);
  return 1;
}

/**
 * Python: `sklearn.metrics.precision_recall_curve(y_true, probas_pred, *, pos_label=None)` (1.2).
 * One point per distinct score, from the lowest threshold up, then the point (recall 0, precision 1).
 */
export function precisionRecallCurve(
  yTrue: readonly Label[],
  probasPred: readonly number[],
  options: { posLabel?: Label } = {},
): PrCurve {
  if (yTrue.length !== probasPred.length) throw new RangeError('yTrue and probasPred have different lengths');
  if (probasPred.some((s) => !Number.isFinite(s))) throw new RangeError('probasPred contains NaN or infinity');
  const pos = resolvePosLabel(yTrue, options.posLabel);
  const order = probasPred.map((_, i) => i).sort((a, b) => probasPred[b]! - probasPred[a]!);
  const tps: number[] = [];
  const fps: number[] = [];
  const thr: number[] = [];
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (yTrue[i] === pos) tp++;
    const next = order[k + 1];
    if (next === undefined || probasPred[next] !== probasPred[i]) {
      tps.push(tp);
      fps.push(k + 1 - tp);
      thr.push(probasPred[i]!);
    }
  }
  const totalPos = tps[tps.length - 1] ?? 0;
  const precision = tps.map((t, i) => (t + fps[i]! === 0 ? 0 : t / (t + fps[i]!)));
  // No positive sample at all: sklearn sets recall to 1 everywhere.
  const recall = tps.map((t) => (totalPos === 0 ? 1 : t / totalPos));
  return {
    precision: [...precision.reverse(), 1],
    recall: [...recall.reverse(), 0],
    thresholds: thr.reverse(),
  };
}

/**
 * Python: `sklearn.metrics.average_precision_score(y_true, y_score, *, pos_label=1)`:
 * AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ, a step sum over the PR curve (no trapezoids, no interpolation).
 */
export function averagePrecisionScore(
  yTrue: readonly Label[],
  yScore: readonly number[],
  options: { posLabel?: Label } = {},
): number {
  const posLabel = options.posLabel ?? 1;
  const present = uniqueSorted(yTrue);
  if (present.length > 2) throw new RangeError('averagePrecisionScore supports binary targets only');
  if (present.length === 2 && !present.includes(posLabel)) {
    throw new RangeError(`posLabel=${JSON.stringify(posLabel)} is not a valid label: use one of ${JSON.stringify(present)}`);
  }
  const { precision, recall } = precisionRecallCurve(yTrue, yScore, { posLabel });
  let ap = 0;
  // recall decreases along the arrays, so -(R[i+1] - R[i]) is the recall gained at step i.
  for (let i = 0; i + 1 < recall.length; i++) ap -= ((recall[i + 1]! - recall[i]!) * (precision[i]! + precision[i + 1]!)) / 2;
  return ap;
}
