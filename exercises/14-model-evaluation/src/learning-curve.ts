import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';
import type { Estimator, Matrix, Scoring, Split } from './_estimator.ts';

// Useful here: `getScorer` and `takeRows` from './_estimator.ts', `resolveCv` from './cross-val.ts'.

export interface LearningCurveOptions<Y extends Label> {
  /** Fractions in (0, 1] of the largest train set, or absolute counts. Default [0.1, 0.325, 0.55, 0.775, 1]. */
  trainSizes?: readonly number[];
  /** Number of folds (default 5) or explicit splits. */
  cv?: number | readonly Split[];
  /** Default: the estimator's own `score`. */
  scoring?: Scoring<Y>;
}

/** Python: the `(train_sizes_abs, train_scores, test_scores)` tuple; scores are `[size][split]`. */
export interface LearningCurveResult {
  trainSizesAbs: number[];
  trainScores: number[][];
  testScores: number[][];
}

/**
 * Python: `sklearn.model_selection._validation._translate_train_sizes`. All values in (0, 1] are
 * fractions of `nMax` (floored, at least 1); otherwise they are integer counts in [1, nMax]
 * (anything else throws). Sorted, duplicates dropped.
 */
export function translateTrainSizes(trainSizes: readonly number[], nMax: number): number[] {
  // TODO: fractions (every value in (0, 1]) -> floor(f * nMax), at least 1; else integer counts in [1, nMax]; sort, dedupe.
  return todo('translateTrainSizes');
}

/**
 * Python: `sklearn.model_selection.learning_curve(estimator, X, y, *, train_sizes, cv, scoring)`.
 * For each size m and each split: fit a fresh estimator on the first m rows of the split's train
 * indices, score it on those m rows (train score) and on the split's test rows (test score).
 *
 * ```python
 * sizes, train_scores, test_scores = learning_curve(Ridge(), X, y, train_sizes=[0.25, 0.5, 1.0], cv=5)
 * ```
 */
export function learningCurve<Y extends Label>(
  makeEstimator: () => Estimator<Y>,
  X: Matrix,
  y: readonly Y[],
  options: LearningCurveOptions<Y> = {},
): LearningCurveResult {
  // TODO: splits = resolveCv(...); nMax = splits[0].train.length; per size and split, fit on train.slice(0, m), score train rows and test rows.
  return todo('learningCurve');
}

export type Diagnosis = 'high-bias' | 'high-variance' | 'good-fit';

export interface DiagnoseOptions {
  /** The score you need (same scale as the scores, greater is better). */
  target: number;
  /** Largest acceptable train − test gap. Default 0.1. */
  maxGap?: number;
}

/**
 * Reads a learning curve at its largest train size (the last row), averaging over splits:
 * - the mean train score is below `target`: the model cannot even fit its training data → 'high-bias';
 * - else the mean train score exceeds the mean test score by more than `maxGap` → 'high-variance';
 * - else 'good-fit'.
 */
export function diagnose(curve: Pick<LearningCurveResult, 'trainScores' | 'testScores'>, options: DiagnoseOptions): Diagnosis {
  // TODO: mean train and test scores of the last row; compare with target, then with maxGap.
  return todo('diagnose');
}
