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

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export class LogisticRegression {
  readonly penalty: 'l2' | 'none';
  readonly C: number;
  readonly fitIntercept: boolean;
  readonly solver: 'newton' | 'gd';
  readonly maxIter: number;
  readonly tol: number;
  readonly learningRate: number;
  #coef: number[] | undefined;
  #intercept = 0;
  #classes: number[] = [];
  #nIter = 0;

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
    if (!this.#coef) throw new NotFittedError('LogisticRegression');
    return [...this.#coef];
  }

  get intercept(): number {
    if (!this.#coef) throw new NotFittedError('LogisticRegression');
    return this.#intercept;
  }

  /** The two class labels, sorted; `predictProba` columns follow this order. */
  get classes(): number[] {
    if (!this.#coef) throw new NotFittedError('LogisticRegression');
    return [...this.#classes];
  }

  /** Iterations the solver ran (sklearn `n_iter_`). */
  get nIter(): number {
    if (!this.#coef) throw new NotFittedError('LogisticRegression');
    return this.#nIter;
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('LogisticRegression.fit: X and y must be non-empty and the same length');
    const classes = [...new Set(y)].sort((a, b) => a - b);
    if (classes.length !== 2) throw new RangeError(`LogisticRegression: expected two classes, got ${classes.length}`);
    const t = y.map((v) => (v === classes[1] ? 1 : 0));
    const n = X.length;
    const p = X[0]!.length;
    const d = p + (this.fitIntercept ? 1 : 0);
    // Design rows with a trailing 1 for the intercept; the penalty skips that last coordinate.
    const A = X.map((r) => (this.fitIntercept ? [...r, 1] : [...r]));
    const lambda = this.penalty === 'l2' ? 1 / this.C : 0; // dividing the objective by C: Σ logloss + ‖w‖²/(2C)
    const penalised = (j: number) => j < p;
    const theta = new Array<number>(d).fill(0);
    let it = 0;
    for (; it < this.maxIter; it++) {
      const prob = A.map((r) => sigmoid(r.reduce((s, v, j) => s + v * theta[j]!, 0)));
      const grad = Array.from({ length: d }, (_, j) => A.reduce((s, r, i) => s + r[j]! * (prob[i]! - t[i]!), 0) + (penalised(j) ? lambda * theta[j]! : 0));
      let step: number[];
      if (this.solver === 'newton') {
        // Hessian AᵀSA + λI (S = diag p(1 − p)): one Newton step solves H·δ = ∇.
        const H = Array.from({ length: d }, (_, j) =>
          Array.from({ length: d }, (_, k) => A.reduce((s, r, i) => s + r[j]! * r[k]! * prob[i]! * (1 - prob[i]!), 0) + (j === k && penalised(j) ? lambda : 0)),
        );
        step = solve(H, grad);
      } else {
        step = grad.map((g) => (this.learningRate * g) / n);
      }
      let biggest = 0;
      for (let j = 0; j < d; j++) {
        theta[j]! -= step[j]!;
        biggest = Math.max(biggest, Math.abs(step[j]!));
      }
      if (biggest < this.tol) {
        it++;
        break;
      }
    }
    this.#coef = theta.slice(0, p);
    this.#intercept = this.fitIntercept ? theta[p]! : 0;
    this.#classes = classes;
    this.#nIter = it;
    return this;
  }

  /** The log-odds w·x + b of the second class. */
  decisionFunction(X: readonly (readonly number[])[]): number[] {
    const coef = this.coef;
    return X.map((r) => this.#intercept + r.reduce((s, v, j) => s + v * coef[j]!, 0));
  }

  /** Rows of [P(classes[0]), P(classes[1])]. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    return this.decisionFunction(X).map((z) => {
      const p1 = sigmoid(z);
      return [1 - p1, p1];
    });
  }

  predict(X: readonly (readonly number[])[]): number[] {
    return this.decisionFunction(X).map((z) => (z > 0 ? this.#classes[1]! : this.#classes[0]!));
  }

  /** Accuracy on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    return pred.filter((v, i) => v === y[i]).length / y.length;
  }
}
