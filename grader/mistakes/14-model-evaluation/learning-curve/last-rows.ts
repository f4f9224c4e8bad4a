// Mistake: trains on the last m rows of each split's train indices instead of the first m.
import type { Label } from './_types.ts';
import { type Estimator, type Matrix, type Scoring, type Split, getScorer, takeRows } from './_estimator.ts';
import { resolveCv } from './cross-val.ts';

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
 * fractions of `nMax` (floored, at least 1); otherwise they are counts in [1, nMax]. Sorted,
 * duplicates dropped.
 */
export function translateTrainSizes(trainSizes: readonly number[], nMax: number): number[] {
  if (trainSizes.length === 0) throw new RangeError('trainSizes is empty');
  const fractions = trainSizes.every((v) => v > 0 && v <= 1);
  const abs = trainSizes.map((v) => {
    if (fractions) return Math.min(Math.max(Math.floor(v * nMax), 1), nMax);
    if (!Number.isInteger(v) || v < 1 || v > nMax) {
      throw new RangeError(`trainSizes must be fractions in (0, 1] or integer counts in [1, ${nMax}], got ${JSON.stringify(trainSizes)}`);
    }
    return v;
  });
  return [...new Set(abs)].sort((a, b) => a - b);
}

/**
 * Python: `sklearn.model_selection.learning_curve(estimator, X, y, *, train_sizes, cv, scoring)`.
 * For each size m and each split: fit a fresh estimator on the first m rows of the split's train
 * indices, score it on those m rows (train score) and on the split's test rows (test score).
 */
export function learningCurve<Y extends Label>(
  makeEstimator: () => Estimator<Y>,
  X: Matrix,
  y: readonly Y[],
  options: LearningCurveOptions<Y> = {},
): LearningCurveResult {
  if (X.length !== y.length) throw new RangeError(`X has ${X.length} rows but y has ${y.length}`);
  const splits = resolveCv(options.cv, y, makeEstimator());
  const scorer = getScorer(options.scoring);
  // The largest usable train set is the first split's train set.
  const sizes = translateTrainSizes(options.trainSizes ?? [0.1, 0.325, 0.55, 0.775, 1], splits[0]!.train.length);
  const trainScores: number[][] = [];
  const testScores: number[][] = [];
  for (const m of sizes) {
    const tr: number[] = [];
    const te: number[] = [];
    for (const { train, test } of splits) {
      const subset = train.slice(train.length - m);
      const estimator = makeEstimator();
      const Xs = takeRows(X, subset);
      const ys = takeRows(y, subset);
      estimator.fit(Xs, ys);
      tr.push(scorer(estimator, Xs, ys));
      te.push(scorer(estimator, takeRows(X, test), takeRows(y, test)));
    }
    trainScores.push(tr);
    testScores.push(te);
  }
  return { trainSizesAbs: sizes, trainScores, testScores };
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
  const last = (rows: number[][]) => {
    const row = rows[rows.length - 1];
    if (!row || row.length === 0) throw new RangeError('empty learning curve');
    return row.reduce((s, v) => s + v, 0) / row.length;
  };
  const train = last(curve.trainScores);
  const test = last(curve.testScores);
  if (train < options.target) return 'high-bias';
  if (train - test > (options.maxGap ?? 0.1)) return 'high-variance';
  return 'good-fit';
}
