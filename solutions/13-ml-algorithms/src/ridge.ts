import { NotFittedError } from './_errors.ts';
import { solve } from './_linalg.ts';

/**
 * Python: `sklearn.linear_model.Ridge(alpha=1.0, fit_intercept=True)`: least squares plus
 * α‖w‖². The intercept is not penalised: centre X and y, solve (XcᵀXc + αI)w = Xcᵀyc, then
 * intercept = ȳ − x̄·w.
 */
export interface RidgeOptions {
  /** Penalty strength α ≥ 0. @default 1 */
  alpha?: number;
  /** @default true */
  fitIntercept?: boolean;
}

export class Ridge {
  readonly alpha: number;
  readonly fitIntercept: boolean;
  #coef: number[] | undefined;
  #intercept = 0;

  constructor(opts: RidgeOptions = {}) {
    this.alpha = opts.alpha ?? 1;
    this.fitIntercept = opts.fitIntercept ?? true;
    if (!(this.alpha >= 0)) throw new RangeError(`Ridge: alpha must be >= 0, got ${this.alpha}`);
  }

  get coef(): number[] {
    if (!this.#coef) throw new NotFittedError('Ridge');
    return [...this.#coef];
  }

  get intercept(): number {
    if (!this.#coef) throw new NotFittedError('Ridge');
    return this.#intercept;
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('Ridge.fit: X and y must be non-empty and the same length');
    const n = X.length;
    const p = X[0]!.length;
    const xm = this.fitIntercept ? Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n) : new Array<number>(p).fill(0);
    const ym = this.fitIntercept ? y.reduce((s, v) => s + v, 0) / n : 0;
    const Xc = X.map((r) => r.map((v, j) => v - xm[j]!));
    const yc = y.map((v) => v - ym);
    // Normal equations with α on the diagonal: XcᵀXc + αI is positive definite for α > 0.
    const G = Array.from({ length: p }, (_, i) =>
      Array.from({ length: p }, (_, j) => Xc.reduce((s, r) => s + r[i]! * r[j]!, 0) + (i === j ? this.alpha : 0)),
    );
    const c = Array.from({ length: p }, (_, i) => Xc.reduce((s, r, k) => s + r[i]! * yc[k]!, 0));
    this.#coef = solve(G, c);
    this.#intercept = ym - this.#coef.reduce((s, w, j) => s + w * xm[j]!, 0);
    return this;
  }

  predict(X: readonly (readonly number[])[]): number[] {
    const coef = this.coef;
    return X.map((r) => this.#intercept + r.reduce((s, v, j) => s + v * coef[j]!, 0));
  }

  /** R² of the predictions on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    const m = y.reduce((s, v) => s + v, 0) / y.length;
    const ssRes = y.reduce((s, v, i) => s + (v - pred[i]!) ** 2, 0);
    const ssTot = y.reduce((s, v) => s + (v - m) ** 2, 0);
    return 1 - ssRes / ssTot;
  }
}
