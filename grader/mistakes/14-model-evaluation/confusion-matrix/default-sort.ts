// Mistake: sorts the labels with the default Array.prototype.sort(), which compares them as strings (10 before 2).
import type { Label } from './_types.ts';

export interface ConfusionMatrixOptions {
  /** Which labels index the rows and columns, in this order; other labels are ignored. */
  labels?: readonly Label[];
  /** Divide by each row's sum (`'true'`), each column's (`'pred'`) or the total (`'all'`). */
  normalize?: 'true' | 'pred' | 'all' | null;
}

/** Sorted union of labels, like `np.unique`: numbers numerically, strings by code point. */
function uniqueLabels(values: readonly Label[]): Label[] {
  const kinds = new Set(values.map((v) => typeof v));
  if (kinds.size > 1) throw new TypeError('Mix of label input types (string and number)');
  return [...new Set(values)].sort();
}

/**
 * Python: `sklearn.metrics.confusion_matrix(y_true, y_pred, *, labels=None, normalize=None)`.
 *
 * `C[i][j]` counts the samples whose true label is `labels[i]` and predicted label `labels[j]`:
 * rows are the truth, columns the prediction. Without `labels` the labels are the sorted union of
 * both arrays.
 */
export function confusionMatrix(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: ConfusionMatrixOptions = {},
): number[][] {
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`yTrue and yPred have different lengths (${yTrue.length} and ${yPred.length})`);
  }
  let labels: Label[];
  if (options.labels == null) {
    labels = uniqueLabels([...yTrue, ...yPred]);
  } else {
    labels = [...options.labels];
    if (labels.length === 0) throw new RangeError("'labels' should contain at least one label");
    if (!yTrue.some((t) => labels.includes(t))) throw new RangeError('At least one label specified must be in yTrue');
  }
  const index = new Map<Label, number>();
  labels.forEach((l, i) => {
    if (!index.has(l)) index.set(l, i);
  });
  const k = labels.length;
  const cm = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let s = 0; s < yTrue.length; s++) {
    const i = index.get(yTrue[s]!);
    const j = index.get(yPred[s]!);
    if (i !== undefined && j !== undefined) cm[i]![j]! += 1;
  }
  const norm = options.normalize ?? null;
  if (norm === null) return cm;
  // sklearn divides, then turns the NaN of an empty row/column into 0 (np.nan_to_num).
  const safe = (v: number, d: number) => (d === 0 ? 0 : v / d);
  if (norm === 'true') {
    return cm.map((row) => {
      const total = row.reduce((s, v) => s + v, 0);
      return row.map((v) => safe(v, total));
    });
  }
  if (norm === 'pred') {
    const colSums = labels.map((_, j) => cm.reduce((s, row) => s + row[j]!, 0));
    return cm.map((row) => row.map((v, j) => safe(v, colSums[j]!)));
  }
  if (norm === 'all') {
    const total = cm.reduce((s, row) => s + row.reduce((t, v) => t + v, 0), 0);
    return cm.map((row) => row.map((v) => safe(v, total)));
  }
  throw new RangeError(`normalize must be 'true', 'pred', 'all' or null, not ${JSON.stringify(norm)}`);
}
