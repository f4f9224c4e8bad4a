import { todo } from '@roadmap/todo';
import type { Label } from './_types.ts';
import type { Estimator, Matrix, Scoring, Split } from './_estimator.ts';

// Useful here: `getScorer`, `takeRows` and `NotFittedError` from './_estimator.ts', and
// `resolveCv` from './cross-val.ts'.

/** One candidate: parameter name → value. */
export type Params = Record<string, unknown>;

/** Python: a param_grid: a dict of lists, or a list of such dicts. */
export type ParamGridSpec = Readonly<Record<string, readonly unknown[]>> | readonly Readonly<Record<string, readonly unknown[]>>[];

/**
 * Python: `sklearn.model_selection.ParameterGrid(param_grid)`. Iterates over every combination:
 * grids in the given order; within a grid, keys sorted alphabetically and the last key varying
 * fastest (`itertools.product` over the sorted items). An empty grid `{}` yields one `{}`.
 *
 * ```python
 * list(ParameterGrid({"b": [1, 2], "a": ["x", "y"]}))
 * # [{'a': 'x', 'b': 1}, {'a': 'x', 'b': 2}, {'a': 'y', 'b': 1}, {'a': 'y', 'b': 2}]
 * ```
 *
 * Throws when a value is not a non-empty list.
 */
export class ParameterGrid implements Iterable<Params> {
  constructor(grid: ParamGridSpec) {
    // TODO: check and keep the grids, with each grid's entries sorted by key.
    todo('ParameterGrid');
  }

  /** Python: `len(grid)`. */
  get length(): number {
    return todo('ParameterGrid.length');
  }

  /** Python: `grid[index]`: the same candidate iteration reaches at that position. */
  at(index: number): Params {
    // TODO: find the grid holding index, then decode it digit by digit, last key least significant.
    return todo('ParameterGrid.at');
  }

  *[Symbol.iterator](): Iterator<Params> {
    // TODO: yield at(0), at(1), ... (or nest loops).
    return todo('ParameterGrid[Symbol.iterator]');
  }
}

/** Python: the `cv_results_` dict, in camelCase. `splitTestScores[s][c]` is `split{s}_test_score[c]`. */
export interface CvResults {
  params: Params[];
  meanTestScore: number[];
  stdTestScore: number[];
  rankTestScore: number[];
  splitTestScores: number[][];
}

export interface SearchOptions<Y extends Label> {
  /** Number of folds (default 5) or explicit splits. */
  cv?: number | readonly Split[];
  /** Default: the estimator's own `score`. */
  scoring?: Scoring<Y>;
  /** Fit the best candidate on all the data afterwards (default true). */
  refit?: boolean;
  /** Score recorded when a fit or a score throws (default NaN); `'raise'` rethrows. */
  errorScore?: number | 'raise';
}

/**
 * Python: `sklearn.model_selection._search.BaseSearchCV`: evaluates `candidates()` with
 * cross-validation. Subclasses (GridSearchCV here, RandomizedSearchCV next) only say which
 * candidates to try.
 *
 * After `fit`: `cvResults`, `bestIndex` (the first candidate ranked 1), `bestParams`, `bestScore`
 * (its mean test score) and, with refit, `bestEstimator`. Reading them before `fit` throws
 * `NotFittedError`, and so does `bestEstimator` when refit is false.
 */
export abstract class BaseSearchCV<Y extends Label = number> {
  constructor(
    protected readonly makeEstimator: (params: Params) => Estimator<Y>,
    protected readonly options: SearchOptions<Y> = {},
  ) {}

  /** The parameter settings to try, in order. */
  protected abstract candidates(): Params[];

  fit(X: Matrix, y: readonly Y[]): this {
    // TODO: score every candidate on every split, then means, population stds, 'min' ranks
    //       (NaN last), the first best candidate, and the refit.
    return todo('BaseSearchCV.fit');
  }

  get cvResults(): CvResults {
    return todo('BaseSearchCV.cvResults');
  }
  get bestIndex(): number {
    return todo('BaseSearchCV.bestIndex');
  }
  get bestParams(): Params {
    return todo('BaseSearchCV.bestParams');
  }
  get bestScore(): number {
    return todo('BaseSearchCV.bestScore');
  }
  get bestEstimator(): Estimator<Y> {
    return todo('BaseSearchCV.bestEstimator');
  }

  /** Predicts with the refitted best estimator. */
  predict(X: Matrix): Y[] {
    return todo('BaseSearchCV.predict');
  }

  /** Scores the refitted best estimator with the search's scoring. */
  score(X: Matrix, y: readonly Y[]): number {
    return todo('BaseSearchCV.score');
  }
}

/**
 * Python: `GridSearchCV(estimator, param_grid, *, scoring=None, refit=True, cv=None,
 * error_score=np.nan)`. `makeEstimator(params)` plays `clone(estimator).set_params(**params)`.
 *
 * ```python
 * search = GridSearchCV(SVC(), {"C": [1, 10], "kernel": ["linear", "rbf"]}, cv=5).fit(X, y)
 * search.best_params_, search.cv_results_["rank_test_score"]
 * ```
 * ```ts
 * const search = new GridSearchCV((p) => new SVC(p), { C: [1, 10], kernel: ['linear', 'rbf'] }, { cv: 5 }).fit(X, y);
 * search.bestParams, search.cvResults.rankTestScore
 * ```
 */
export class GridSearchCV<Y extends Label = number> extends BaseSearchCV<Y> {
  constructor(makeEstimator: (params: Params) => Estimator<Y>, paramGrid: ParamGridSpec, options: SearchOptions<Y> = {}) {
    super(makeEstimator, options);
    // TODO: keep a ParameterGrid of paramGrid.
    todo('GridSearchCV');
  }

  protected candidates(): Params[] {
    return todo('GridSearchCV.candidates');
  }
}
