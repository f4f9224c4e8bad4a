import { todo } from '@roadmap/todo';
import { NotFittedError } from './_errors.ts';
import { lstsq } from './_linalg.ts';

/**
 * Ordinary least squares and its gradient-descent cousin.
 *
 * ```python
 * from sklearn.linear_model import LinearRegression, SGDRegressor
 * reg = LinearRegression(fit_intercept=True).fit(X, y)
 * reg.coef_, reg.intercept_, reg.predict(X_new), reg.score(X, y)   # score is R²
 * ```
 * Fitted attributes are getters that throw `NotFittedError` before `fit`; `fit` returns `this`.
 * `lstsq(X, y)` from `_linalg.ts` is NumPy's `np.linalg.lstsq(X, y)[0]`.
 */
export interface LinearRegressionOptions {
  /** Fit an intercept (sklearn `fit_intercept`). @default true */
  fitIntercept?: boolean;
}

/** Python: `sklearn.linear_model.LinearRegression`. */
export class LinearRegression {
  readonly fitIntercept: boolean;

  constructor(opts: LinearRegressionOptions = {}) {
    this.fitIntercept = opts.fitIntercept ?? true;
  }

  /** Coefficients, one per feature (sklearn `coef_`). */
  get coef(): number[] {
    // TODO: return a copy of the fitted coefficients; throw new NotFittedError('LinearRegression') before fit.
    return todo('LinearRegression.coef');
  }

  /** The intercept (sklearn `intercept_`); 0 when `fitIntercept` is false. */
  get intercept(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LinearRegression.intercept');
  }

  /** Centre X and y, solve the centred least-squares problem, intercept = ȳ − x̄·coef. */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: use lstsq; RangeError when X is empty or X and y differ in length.
    return todo('LinearRegression.fit');
  }

  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: intercept + x·coef for every row.
    return todo('LinearRegression.predict');
  }

  /** R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² of the predictions on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('LinearRegression.score');
  }
}

/**
 * A linear regressor trained by (mini-batch) gradient descent on ½·mean((ŷ − y)²), like
 * `SGDRegressor(loss='squared_error', penalty=None, learning_rate='constant', eta0=...)`.
 */
export interface SGDRegressorOptions {
  /** Constant step size (sklearn `eta0`). @default 0.01 */
  eta0?: number;
  /** The most epochs (passes over the data). @default 1000 */
  maxIter?: number;
  /** Stop after an epoch that changed no parameter by more than tol. @default 1e-6 */
  tol?: number;
  /** @default true */
  fitIntercept?: boolean;
  /** Rows per update; the default (all rows) is deterministic full-batch gradient descent. */
  batchSize?: number;
  /** Shuffles the rows each epoch; required when batchSize is smaller than the data. */
  rng?: () => number;
}

export class SGDRegressor {
  readonly eta0: number;
  readonly maxIter: number;
  readonly tol: number;
  readonly fitIntercept: boolean;
  readonly batchSize: number | undefined;
  readonly rng: (() => number) | undefined;

  constructor(opts: SGDRegressorOptions = {}) {
    this.eta0 = opts.eta0 ?? 0.01;
    this.maxIter = opts.maxIter ?? 1000;
    this.tol = opts.tol ?? 1e-6;
    this.fitIntercept = opts.fitIntercept ?? true;
    this.batchSize = opts.batchSize;
    this.rng = opts.rng;
  }

  get coef(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('SGDRegressor.coef');
  }

  get intercept(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('SGDRegressor.intercept');
  }

  /** The number of epochs run (sklearn `n_iter_`). */
  get nIter(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('SGDRegressor.nIter');
  }

  /**
   * Start from w = 0, b = 0. Each epoch: shuffle the row order with rng (when batchSize < n),
   * then for each batch w ← w − eta0·mean((ŷ − y)·x), b ← b − eta0·mean(ŷ − y).
   * RangeError when batchSize < n and there is no rng.
   */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: implement fit (see the doc comment).
    return todo('SGDRegressor.fit');
  }

  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('SGDRegressor.predict');
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('SGDRegressor.score');
  }
}
