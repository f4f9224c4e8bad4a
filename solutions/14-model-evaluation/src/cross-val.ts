import type { Label } from './_types.ts';
import { type Estimator, type Matrix, type Scoring, type Split, getScorer, takeRows } from './_estimator.ts';
import { kFold, stratifiedKFold } from './splitters.ts';

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
 * StratifiedKFold for a classifier, KFold otherwise; explicit splits are used as they are.
 */
export function resolveCv<Y extends Label>(cv: number | readonly Split[] | undefined, y: readonly Y[], estimator: Estimator<Y>): Split[] {
  if (cv === undefined) cv = 5;
  if (typeof cv !== 'number') return cv.map((s) => ({ train: [...s.train], test: [...s.test] }));
  return estimator.estimatorType === 'classifier' ? stratifiedKFold(y, cv) : kFold(y.length, cv);
}

/**
 * Python: `sklearn.model_selection.cross_val_score(estimator, X, y, *, scoring=None, cv=None,
 * error_score=np.nan)`. For every split: a fresh estimator from `makeEstimator`, fitted on the
 * train rows, scored on the test rows. One score per split, in split order.
 */
export function crossValScore<Y extends Label>(
  makeEstimator: () => Estimator<Y>,
  X: Matrix,
  y: readonly Y[],
  options: CrossValOptions<Y> = {},
): number[] {
  if (X.length !== y.length) throw new RangeError(`X has ${X.length} rows but y has ${y.length}`);
  const scorer = getScorer(options.scoring);
  const errorScore = options.errorScore ?? NaN;
  const splits = resolveCv(options.cv, y, makeEstimator());
  let failures = 0;
  const scores = splits.map(({ train, test }) => {
    // Never reuse a fitted estimator: sklearn clones one per split.
    const estimator = makeEstimator();
    try {
      estimator.fit(takeRows(X, train), takeRows(y, train));
      return scorer(estimator, takeRows(X, test), takeRows(y, test));
    } catch (err) {
      if (errorScore === 'raise') throw err;
      failures++;
      return errorScore;
    }
  });
  if (failures === splits.length && splits.length > 0) throw new Error(`All the ${splits.length} fits failed`);
  return scores;
}
