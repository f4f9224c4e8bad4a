import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';

/** One fold: the row indices to train on and the row indices to test on, both ascending. */
export interface Fold {
  train: number[];
  test: number[];
}

/**
 * Python: `list(KFold(n_splits=k).split(X))` (no shuffle): k contiguous test blocks; the first
 * n % k of them have one extra row.
 *
 * ```python
 * [test for _, test in KFold(3).split(range(7))]   # [[0, 1, 2], [3, 4], [5, 6]]
 * ```
 *
 * Throws when k is not an integer ≥ 2 or k > n.
 */
export function kFold(n: number, k: number): Fold[] {
  // TODO: contiguous test blocks, the first n % k one row larger; train is everything else.
  return todo('kFold');
}

/**
 * Python: `list(StratifiedKFold(n_splits=k).split(X, y))` (no shuffle), sklearn >= 0.22:
 * 1. number the classes by first appearance in y;
 * 2. sort the encoded labels and deal them round-robin to the k folds: that gives how many
 *    samples of each class each test fold receives;
 * 3. hand each class's samples, in index order, to fold 0 first, then fold 1, and so on.
 *
 * Throws when k is not an integer ≥ 2, k > n, or every class has fewer than k members.
 */
export function stratifiedKFold(y: readonly Label[], k: number): Fold[] {
  // TODO: encode by first appearance, deal the sorted codes round-robin, hand each class's samples out in blocks.
  return todo('stratifiedKFold');
}
