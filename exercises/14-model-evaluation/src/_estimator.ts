/**
 * Support file (the same in exercises/ and solutions/): the small estimator protocol the model
 * selection exercises (cross-val, grid-search, randomized-search, learning-curve) work with.
 *
 * Python's scikit-learn clones an estimator for every fit (`sklearn.base.clone`). TypeScript has no
 * `get_params`/`set_params` convention, so these exercises take a factory instead: call it once per
 * fit and you get a fresh, unfitted estimator.
 */
import type { Label } from './_types.ts';

/** Rows of features: `X[i]` is sample i. */
export type Matrix = readonly (readonly number[])[];

/** What `fit`/`predict`/`score` look like here (sklearn's estimator API in camelCase). */
export interface Estimator<Y extends Label = number> {
  fit(X: Matrix, y: readonly Y[]): unknown;
  predict(X: Matrix): Y[];
  /** Like sklearn's `score`: accuracy for classifiers, R² for regressors. */
  score?(X: Matrix, y: readonly Y[]): number;
  /** sklearn's `_estimator_type`: an integer `cv` splits a classifier's data with StratifiedKFold. */
  readonly estimatorType?: 'classifier' | 'regressor';
}

/** One cross-validation split: row indices to fit on and to score on. */
export interface Split {
  train: number[];
  test: number[];
}

/** Python: a scorer `scorer(estimator, X, y) -> float` (greater is better). */
export type ScorerFn<Y extends Label = number> = (estimator: Estimator<Y>, X: Matrix, y: readonly Y[]) => number;

/** A scorer, or the name of one of sklearn's built-in scorers, as in `cross_val_score(..., scoring=...)`. */
export type Scoring<Y extends Label = number> =
  | 'accuracy'
  | 'neg_mean_squared_error'
  | 'neg_mean_absolute_error'
  | ScorerFn<Y>;

/** Thrown when a fitted attribute or `predict` is used before `fit`. */
export class NotFittedError extends Error {
  override readonly name = 'NotFittedError';
}

/** Python: `X[index]` with an integer index array (NumPy fancy indexing). */
export function takeRows<T>(rows: readonly T[], index: readonly number[]): T[] {
  return index.map((i) => rows[i]!);
}

/**
 * Python: `sklearn.metrics.check_scoring(estimator, scoring)`. `undefined` means the estimator's own
 * `score` method; a name picks a built-in scorer; a function is used as it is.
 */
export function getScorer<Y extends Label>(scoring?: Scoring<Y>): ScorerFn<Y> {
  if (typeof scoring === 'function') return scoring;
  if (scoring === undefined) {
    return (estimator, X, y) => {
      if (typeof estimator.score !== 'function') throw new TypeError('The estimator has no score method: pass a scoring.');
      return estimator.score(X, y);
    };
  }
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  switch (scoring) {
    case 'accuracy':
      return (estimator, X, y) => {
        const p = estimator.predict(X);
        return mean(p.map((v, i) => (v === y[i] ? 1 : 0)));
      };
    case 'neg_mean_squared_error':
      return (estimator, X, y) => {
        const p = estimator.predict(X);
        return -mean(p.map((v, i) => (Number(y[i]) - Number(v)) ** 2));
      };
    case 'neg_mean_absolute_error':
      return (estimator, X, y) => {
        const p = estimator.predict(X);
        return -mean(p.map((v, i) => Math.abs(Number(y[i]) - Number(v))));
      };
    default:
      throw new RangeError(`Unknown scoring ${JSON.stringify(scoring)}`);
  }
}
