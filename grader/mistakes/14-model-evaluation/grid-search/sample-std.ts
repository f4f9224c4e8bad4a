// Mistake: uses the sample standard deviation (divide by n - 1) for stdTestScore; sklearn uses the population one.
import type { Label } from './_types.ts';
import { type Estimator, type Matrix, NotFittedError, type Scoring, type Split, getScorer, takeRows } from './_estimator.ts';
import { resolveCv } from './cross-val.ts';

/** One candidate: parameter name → value. */
export type Params = Record<string, unknown>;

/** Python: a param_grid: a dict of lists, or a list of such dicts. */
export type ParamGridSpec = Readonly<Record<string, readonly unknown[]>> | readonly Readonly<Record<string, readonly unknown[]>>[];

/**
 * Python: `sklearn.model_selection.ParameterGrid(param_grid)`. Iterates over every combination:
 * grids in the given order; within a grid, keys sorted alphabetically and the last key varying
 * fastest (`itertools.product` over the sorted items). An empty grid `{}` yields one `{}`.
 */
export class ParameterGrid implements Iterable<Params> {
  readonly #grids: [string, readonly unknown[]][][];

  constructor(grid: ParamGridSpec) {
    const grids = (Array.isArray(grid) ? grid : [grid]) as readonly Readonly<Record<string, readonly unknown[]>>[];
    this.#grids = grids.map((g) => {
      const items = Object.entries(g).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [k, v] of items) {
        if (!Array.isArray(v)) throw new TypeError(`Parameter grid for "${k}" needs to be a list, got ${JSON.stringify(v)}`);
        if (v.length === 0) throw new RangeError(`Parameter grid for "${k}" needs to be a non-empty list`);
      }
      return items;
    });
  }

  /** Python: `len(grid)`. */
  get length(): number {
    return this.#grids.reduce((s, items) => s + items.reduce((p, [, v]) => p * v.length, 1), 0);
  }

  /** Python: `grid[index]`: the same candidate iteration reaches at that position. */
  at(index: number): Params {
    if (!Number.isInteger(index) || index < 0) throw new RangeError(`ParameterGrid index ${index} out of range`);
    let i = index;
    for (const items of this.#grids) {
      const size = items.reduce((p, [, v]) => p * v.length, 1);
      if (i >= size) {
        i -= size;
        continue;
      }
      // Mixed radix, the last key is the least significant digit.
      const values: unknown[] = new Array(items.length);
      for (let k = items.length - 1; k >= 0; k--) {
        const options = items[k]![1];
        values[k] = options[i % options.length];
        i = Math.floor(i / options.length);
      }
      return Object.fromEntries(items.map(([key], k) => [key, values[k]]));
    }
    throw new RangeError(`ParameterGrid index ${index} out of range`);
  }

  *[Symbol.iterator](): Iterator<Params> {
    const n = this.length;
    for (let i = 0; i < n; i++) yield this.at(i);
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

interface Fitted<Y extends Label> {
  cvResults: CvResults;
  bestIndex: number;
  bestParams: Params;
  bestScore: number;
  bestEstimator: Estimator<Y> | undefined;
}

/**
 * Ranks with scipy's `rankdata(-scores, method='min')`: equal scores share the smallest rank and
 * the next rank skips (1, 1, 3). NaN counts as worse than every number; all NaN → all rank 1.
 */
function rankMin(scores: number[]): number[] {
  const finite = scores.filter((s) => !Number.isNaN(s));
  if (finite.length === 0) return scores.map(() => 1);
  const floor = Math.min(...finite) - 1;
  const s = scores.map((v) => (Number.isNaN(v) ? floor : v));
  return s.map((v) => 1 + s.filter((w) => w > v).length);
}

/** Python: `sklearn.model_selection._search.BaseSearchCV`: evaluates `candidates()` with cross-validation. */
export abstract class BaseSearchCV<Y extends Label = number> {
  #fitted: Fitted<Y> | undefined;

  constructor(
    protected readonly makeEstimator: (params: Params) => Estimator<Y>,
    protected readonly options: SearchOptions<Y> = {},
  ) {}

  /** The parameter settings to try, in order. */
  protected abstract candidates(): Params[];

  fit(X: Matrix, y: readonly Y[]): this {
    if (X.length !== y.length) throw new RangeError(`X has ${X.length} rows but y has ${y.length}`);
    const candidates = this.candidates();
    if (candidates.length === 0) throw new RangeError('No candidate to evaluate');
    const scorer = getScorer(this.options.scoring);
    const errorScore = this.options.errorScore ?? NaN;
    const splits = resolveCv(this.options.cv, y, this.makeEstimator(candidates[0]!));
    let failures = 0;
    // perCandidate[c][s]: score of candidate c on split s.
    const perCandidate = candidates.map((params) =>
      splits.map(({ train, test }) => {
        const estimator = this.makeEstimator(params);
        try {
          estimator.fit(takeRows(X, train), takeRows(y, train));
          return scorer(estimator, takeRows(X, test), takeRows(y, test));
        } catch (err) {
          if (errorScore === 'raise') throw err;
          failures++;
          return errorScore;
        }
      }),
    );
    if (failures === candidates.length * splits.length) throw new Error(`All the ${failures} fits failed`);
    const meanTestScore = perCandidate.map((s) => s.reduce((a, v) => a + v, 0) / s.length);
    const stdTestScore = perCandidate.map((s, c) => Math.sqrt(s.reduce((a, v) => a + (v - meanTestScore[c]!) ** 2, 0) / (s.length - 1)));
    const rankTestScore = rankMin(meanTestScore);
    // The first candidate ranked 1 wins ties (np.argmin of the ranks).
    const bestIndex = rankTestScore.indexOf(1);
    const bestParams = candidates[bestIndex]!;
    let bestEstimator: Estimator<Y> | undefined;
    if (this.options.refit ?? true) {
      bestEstimator = this.makeEstimator(bestParams);
      bestEstimator.fit(X, y);
    }
    this.#fitted = {
      cvResults: {
        params: candidates,
        meanTestScore,
        stdTestScore,
        rankTestScore,
        splitTestScores: splits.map((_, s) => perCandidate.map((scores) => scores[s]!)),
      },
      bestIndex,
      bestParams,
      bestScore: meanTestScore[bestIndex]!,
      bestEstimator,
    };
    return this;
  }

  #state(): Fitted<Y> {
    if (!this.#fitted) throw new NotFittedError('This search is not fitted yet: call fit(X, y) first');
    return this.#fitted;
  }

  get cvResults(): CvResults {
    return this.#state().cvResults;
  }
  get bestIndex(): number {
    return this.#state().bestIndex;
  }
  get bestParams(): Params {
    return this.#state().bestParams;
  }
  get bestScore(): number {
    return this.#state().bestScore;
  }
  get bestEstimator(): Estimator<Y> {
    const e = this.#state().bestEstimator;
    if (!e) throw new NotFittedError('refit is false: there is no best estimator');
    return e;
  }

  /** Predicts with the refitted best estimator. */
  predict(X: Matrix): Y[] {
    return this.bestEstimator.predict(X);
  }

  /** Scores the refitted best estimator with the search's scoring. */
  score(X: Matrix, y: readonly Y[]): number {
    return getScorer(this.options.scoring)(this.bestEstimator, X, y);
  }
}

/**
 * Python: `GridSearchCV(estimator, param_grid, *, scoring=None, refit=True, cv=None,
 * error_score=np.nan)`. `makeEstimator(params)` plays `clone(estimator).set_params(**params)`.
 */
export class GridSearchCV<Y extends Label = number> extends BaseSearchCV<Y> {
  readonly #grid: ParameterGrid;

  constructor(makeEstimator: (params: Params) => Estimator<Y>, paramGrid: ParamGridSpec, options: SearchOptions<Y> = {}) {
    super(makeEstimator, options);
    this.#grid = new ParameterGrid(paramGrid);
  }

  protected candidates(): Params[] {
    return [...this.#grid];
  }
}
