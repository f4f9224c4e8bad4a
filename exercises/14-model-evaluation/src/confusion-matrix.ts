import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';

export interface ConfusionMatrixOptions {
  /** Which labels index the rows and columns, in this order; other labels are ignored. */
  labels?: readonly Label[];
  /** Divide by each row's sum (`'true'`), each column's (`'pred'`) or the total (`'all'`). */
  normalize?: 'true' | 'pred' | 'all' | null;
}

/**
 * Python: `sklearn.metrics.confusion_matrix(y_true, y_pred, *, labels=None, normalize=None)`.
 *
 * `C[i][j]` counts the samples whose true label is `labels[i]` and predicted label `labels[j]`:
 * rows are the truth, columns the prediction. Without `labels` the labels are the sorted union of
 * both arrays (numbers numerically, strings by code point).
 *
 * ```python
 * confusion_matrix([0, 1, 1], [1, 1, 0])        # [[0, 1], [1, 1]]
 * confusion_matrix(y, p, labels=[2, 0])         # rows/columns for 2 then 0 only
 * confusion_matrix(y, p, normalize="true")      # each row sums to 1 (an empty row stays 0)
 * ```
 *
 * Throws when the lengths differ, or when `labels` is given but none of them occurs in yTrue.
 */
export function confusionMatrix(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: ConfusionMatrixOptions = {},
): number[][] {
  // TODO: pick the labels (options.labels, or the sorted union of yTrue and yPred: beware that
  //       [10, 2].sort() gives [10, 2]), map each label to its index, count every (truth, prediction)
  //       pair whose labels both have an index, then apply options.normalize (0/0 becomes 0).
  return todo('confusionMatrix');
}
