import { todo } from '@roadmap/todo';
import { NotFittedError } from './_errors.ts';
import { solve } from './_linalg.ts';

/**
 * Python: `sklearn.linear_model.LogisticRegression` for two classes.
 *
 * It minimises C·Σᵢ logloss(yᵢ, σ(w·xᵢ + b)) + ½‖w‖² (penalty 'l2'), or the log-loss alone
 * (penalty 'none'). C is the *inverse* regularisation strength, and the intercept b is never
 * penalised.
 *
 * ```python
 * clf = LogisticRegression(penalty="l2", C=1.0).fit(X, y)
 * clf.coef_[0], clf.intercept_[0], clf.predict_proba(X_new), clf.predict(X_new)
 * ```
 */
export interface LogisticRegressionOptions {
  /** @default 'l2' */
  penalty?: 'l2' | 'none';
  /** Inverse regularisation strength (bigger C, weaker penalty). @default 1 */
  C?: number;
  /** @default true */
  fitIntercept?: boolean;
  /** 'newton': Newton–Raphson (IRLS); 'gd': plain gradient descent on the mean loss. @default 'newton' */
  solver?: 'newton' | 'gd';
  /** @default 100 for 'newton', 10000 for 'gd' */
  maxIter?: number;
  /** Stop when no parameter moves more than tol in an iteration. @default 1e-10 */
  tol?: number;
  /** Step size of the 'gd' solver. @default 0.5 */
  learningRate?: number;
}

export class LogisticRegression {
  readonly penalty: 'l2' | 'none';
  readonly C: number;
  readonly fitIntercept: boolean;
  readonly solver: 'newton' | 'gd';
  readonly maxIter: number;
  readonly tol: number;
  readonly learningRate: number;

  constructor(opts: LogisticRegressionOptions = {}) {
    this.penalty = opts.penalty ?? 'l2';
    this.C = opts.C ?? 1;
    this.fitIntercept = opts.fitIntercept ?? true;
    this.solver = opts.solver ?? 'newton';
    this.maxIter = opts.maxIter ?? (this.solver === 'newton' ? 100 : 10000);
    this.tol = opts.tol ?? 1e-10;
    this.learningRate = opts.learningRate ?? 0.5;
  }

  get coef(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LogisticRegression.coef');
  }

  get intercept(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LogisticRegression.intercept');
  }

  /** The two class labels, sorted; `predictProba` columns follow this order. */
  get classes(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LogisticRegression.classes');
  }

  /** Iterations the solver ran (sklearn `n_iter_`). */
  get nIter(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LogisticRegression.nIter');
  }

  /** RangeError unless y has exactly two distinct labels. */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: Newton steps H·δ = ∇ (solve from _linalg.ts), or gradient steps for solver 'gd'.
    return todo('LogisticRegression.fit');
  }

  /** The log-odds w·x + b of the second class. */
  decisionFunction(X: readonly (readonly number[])[]): number[] {
    // TODO: implement decisionFunction (see the doc comment).
    return todo('LogisticRegression.decisionFunction');
  }

  /** Rows of [P(classes[0]), P(classes[1])]. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement predictProba (see the doc comment).
    return todo('LogisticRegression.predictProba');
  }

  /** classes[1] where the log-odds are > 0, else classes[0]. */
  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('LogisticRegression.predict');
  }

  /** Accuracy on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('LogisticRegression.score');
  }
}
