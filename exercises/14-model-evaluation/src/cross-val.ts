import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';
import type { Estimator, Matrix, Scoring, Split } from './_estimator.ts';

// Useful here: `getScorer` and `takeRows` from './_estimator.ts', `kFold` and `stratifiedKFold`
// from './splitters.ts'.

export interface CrossValOptions<Y extends Label> {
  /** Number of folds (default 5) or explicit splits. */
  cv?: number | readonly Split[];
  /** Default: the estimator's own `score`. */
  scoring?: Scoring<Y>;
  /** Score recorded when a fit or a score throws (default NaN); `'raise'` rethrows. */
  errorScore?: number | 'raise';
}

/**
 * Python: `check_cv(cv, y, classifier=is_classifier(estimator)).split(X, y)`: an integer cv gives
 * StratifiedKFold for a classifier (`estimatorType === 'classifier'`), KFold otherwise; explicit
 * splits are used as they are. `undefined` means 5.
 */
export function resolveCv<Y extends Label>(cv: number | readonly Split[] | undefined, y: readonly Y[], estimator: Estimator<Y>): Split[] {
  // TODO: explicit splits as given (copies); an integer k: stratifiedKFold for classifiers, else kFold.
  return todo('resolveCv');
}

/**
 * Python: `sklearn.model_selection.cross_val_score(estimator, X, y, *, scoring=None, cv=None,
 * error_score=np.nan)`. For every split: a fresh estimator from `makeEstimator`, fitted on the
 * train rows, scored on the test rows. One score per split, in split order.
 *
 * ```python
 * cross_val_score(Ridge(), X, y, cv=5, scoring="neg_mean_squared_error")
 * ```
 * ```ts
 * crossValScore(() => new Ridge(), X, y, { cv: 5, scoring: 'neg_mean_squared_error' })
 * ```
 */
export function crossValScore<Y extends Label>(
  makeEstimator: () => Estimator<Y>,
  X: Matrix,
  y: readonly Y[],
  options: CrossValOptions<Y> = {},
): number[] {
  // TODO: splits = resolveCv(options.cv, y, makeEstimator()); then fit/score a fresh estimator per split.
  return todo('crossValScore');
}
