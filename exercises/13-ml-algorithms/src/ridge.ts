import { todo } from '@roadmap/todo';
import { NotFittedError } from './_errors.ts';
import { solve } from './_linalg.ts';

/**
 * Python: `sklearn.linear_model.Ridge(alpha=1.0, fit_intercept=True)`: least squares plus
 * α‖w‖². The intercept is not penalised: centre X and y, solve (XcᵀXc + αI)w = Xcᵀyc, then
 * intercept = ȳ − x̄·w. Fitted attributes throw `NotFittedError` before `fit`.
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

  constructor(opts: RidgeOptions = {}) {
    this.alpha = opts.alpha ?? 1;
    this.fitIntercept = opts.fitIntercept ?? true;
    if (!(this.alpha >= 0)) throw new RangeError(`Ridge: alpha must be >= 0, got ${this.alpha}`);
  }

  get coef(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('Ridge.coef');
  }

  get intercept(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('Ridge.intercept');
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: centre (when fitIntercept), build XcᵀXc + αI and Xcᵀyc, solve, recover the intercept.
    return todo('Ridge.fit');
  }

  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('Ridge.predict');
  }

  /** R² of the predictions on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('Ridge.score');
  }
}
