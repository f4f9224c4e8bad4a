// Mistake: centres X and y but takes the intercept as mean(y), forgetting to subtract x̄·coef.
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

function meanOf(v: readonly number[]): number {
  return v.reduce((s, x) => s + x, 0) / v.length;
}

function columnMeans(X: readonly (readonly number[])[]): number[] {
  const p = X[0]?.length ?? 0;
  return Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / X.length);
}

function checkXy(X: readonly (readonly number[])[], y: readonly number[], who: string): void {
  if (X.length === 0) throw new RangeError(`${who}: X is empty`);
  if (X.length !== y.length) throw new RangeError(`${who}: X has ${X.length} rows but y has ${y.length} values`);
}

/** R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)², the `score` of every sklearn regressor. */
function r2(y: readonly number[], pred: readonly number[]): number {
  const m = meanOf(y);
  let ssRes = 0;
  let ssTot = 0;
  y.forEach((yi, i) => {
    ssRes += (yi - pred[i]!) ** 2;
    ssTot += (yi - m) ** 2;
  });
  return 1 - ssRes / ssTot;
}

/** Python: `sklearn.linear_model.LinearRegression`. */
export class LinearRegression {
  readonly fitIntercept: boolean;
  #coef: number[] | undefined;
  #intercept = 0;

  constructor(opts: LinearRegressionOptions = {}) {
    this.fitIntercept = opts.fitIntercept ?? true;
  }

  /** Coefficients, one per feature (sklearn `coef_`). */
  get coef(): number[] {
    if (!this.#coef) throw new NotFittedError('LinearRegression');
    return [...this.#coef];
  }

  /** The intercept (sklearn `intercept_`); 0 when `fitIntercept` is false. */
  get intercept(): number {
    if (!this.#coef) throw new NotFittedError('LinearRegression');
    return this.#intercept;
  }

  /**
   * Centre X and y, solve the centred least-squares problem, then recover the intercept as
   * ȳ − x̄·coef (what sklearn does). `lstsq` gives the minimum-norm coefficients when columns
   * are dependent.
   */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    checkXy(X, y, 'LinearRegression.fit');
    if (this.fitIntercept) {
      const xm = columnMeans(X);
      const ym = meanOf(y);
      const Xc = X.map((r) => r.map((v, j) => v - xm[j]!));
      const yc = y.map((v) => v - ym);
      this.#coef = lstsq(Xc, yc);
      this.#intercept = ym;
    } else {
      this.#coef = lstsq(X, y);
      this.#intercept = 0;
    }
    return this;
  }

  predict(X: readonly (readonly number[])[]): number[] {
    const coef = this.coef;
    return X.map((r) => this.#intercept + r.reduce((s, v, j) => s + v * coef[j]!, 0));
  }

  /** R² of the predictions on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    return r2(y, this.predict(X));
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
  #coef: number[] | undefined;
  #intercept = 0;
  #nIter = 0;

  constructor(opts: SGDRegressorOptions = {}) {
    this.eta0 = opts.eta0 ?? 0.01;
    this.maxIter = opts.maxIter ?? 1000;
    this.tol = opts.tol ?? 1e-6;
    this.fitIntercept = opts.fitIntercept ?? true;
    this.batchSize = opts.batchSize;
    this.rng = opts.rng;
  }

  get coef(): number[] {
    if (!this.#coef) throw new NotFittedError('SGDRegressor');
    return [...this.#coef];
  }

  get intercept(): number {
    if (!this.#coef) throw new NotFittedError('SGDRegressor');
    return this.#intercept;
  }

  /** The number of epochs run (sklearn `n_iter_`). */
  get nIter(): number {
    if (!this.#coef) throw new NotFittedError('SGDRegressor');
    return this.#nIter;
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    checkXy(X, y, 'SGDRegressor.fit');
    const n = X.length;
    const p = X[0]!.length;
    const batch = Math.min(this.batchSize ?? n, n);
    if (batch < n && !this.rng) throw new RangeError('SGDRegressor: mini-batches need an rng to shuffle the rows');
    const w = new Array<number>(p).fill(0);
    let b = 0;
    const order = Array.from({ length: n }, (_, i) => i);
    let epochs = 0;
    while (epochs < this.maxIter) {
      if (batch < n) {
        // Fisher–Yates with the injected generator: the same seed gives the same epochs.
        for (let i = n - 1; i > 0; i--) {
          const j = Math.floor(this.rng!() * (i + 1));
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
      }
      let biggest = 0;
      for (let start = 0; start < n; start += batch) {
        const rows = order.slice(start, start + batch);
        const gw = new Array<number>(p).fill(0);
        let gb = 0;
        for (const i of rows) {
          const r = b + X[i]!.reduce((s, v, j) => s + v * w[j]!, 0) - y[i]!; // ŷ − y
          for (let j = 0; j < p; j++) gw[j]! += r * X[i]![j]!;
          gb += r;
        }
        for (let j = 0; j < p; j++) {
          const step = (this.eta0 * gw[j]!) / rows.length;
          w[j]! -= step;
          biggest = Math.max(biggest, Math.abs(step));
        }
        if (this.fitIntercept) {
          const step = (this.eta0 * gb) / rows.length;
          b -= step;
          biggest = Math.max(biggest, Math.abs(step));
        }
      }
      epochs++;
      if (biggest < this.tol) break;
    }
    this.#coef = w;
    this.#intercept = b;
    this.#nIter = epochs;
    return this;
  }

  predict(X: readonly (readonly number[])[]): number[] {
    const coef = this.coef;
    return X.map((r) => this.#intercept + r.reduce((s, v, j) => s + v * coef[j]!, 0));
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    return r2(y, this.predict(X));
  }
}
