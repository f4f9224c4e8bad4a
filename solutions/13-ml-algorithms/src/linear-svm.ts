import { mulberry32 } from '@roadmap/testkit';
import { NotFittedError } from './_errors.ts';

/**
 * A linear support vector classifier trained with Pegasos (primal estimated sub-gradient
 * solver), in the spirit of `sklearn.svm.LinearSVC(loss="hinge")`.
 *
 * It minimises λ/2·‖w‖² + mean(max(0, 1 − yᵢ(w·xᵢ + b))) with labels mapped to ±1. Each step
 * picks one random sample i (⌊rng()·n⌋ with rng = mulberry32(seed)), with step size η_t = 1/(λt):
 *
 * ```text
 * if yᵢ(w·xᵢ + b) < 1:  w ← (1 − η_t λ) w + η_t yᵢ xᵢ      (inside the margin: pull towards xᵢ)
 * else:                 w ← (1 − η_t λ) w                 (only shrink)
 * ```
 * then projects w onto the ball ‖w‖ ≤ 1/√λ. The bias is handled as a weight on a constant
 * feature 1 (so it is regularised too, a common Pegasos simplification).
 */
export interface LinearSVCOptions {
  /** Regularisation λ > 0; small λ approaches the hard maximum-margin separator. @default 0.001 */
  lambda?: number;
  /** Number of stochastic steps. @default 20000 */
  nIter?: number;
  /** @default true */
  fitIntercept?: boolean;
  /** Seeds the mulberry32 generator that picks the samples. @default 0 */
  seed?: number;
}

export class LinearSVC {
  readonly lambda: number;
  readonly nIter: number;
  readonly fitIntercept: boolean;
  readonly seed: number;
  #w: number[] | undefined;
  #b = 0;
  #classes: number[] = [];

  constructor(opts: LinearSVCOptions = {}) {
    this.lambda = opts.lambda ?? 0.001;
    this.nIter = opts.nIter ?? 20000;
    this.fitIntercept = opts.fitIntercept ?? true;
    this.seed = opts.seed ?? 0;
    if (!(this.lambda > 0)) throw new RangeError('LinearSVC: lambda must be > 0');
  }

  get coef(): number[] {
    if (!this.#w) throw new NotFittedError('LinearSVC');
    return [...this.#w];
  }

  get intercept(): number {
    if (!this.#w) throw new NotFittedError('LinearSVC');
    return this.#b;
  }

  get classes(): number[] {
    if (!this.#w) throw new NotFittedError('LinearSVC');
    return [...this.#classes];
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('LinearSVC.fit: X and y must be non-empty and the same length');
    const classes = [...new Set(y)].sort((a, b) => a - b);
    if (classes.length !== 2) throw new RangeError(`LinearSVC: expected two classes, got ${classes.length}`);
    const sign = y.map((v) => (v === classes[1] ? 1 : -1));
    const rows = X.map((r) => (this.fitIntercept ? [...r, 1] : [...r]));
    const d = rows[0]!.length;
    const w = new Array<number>(d).fill(0);
    const rng = mulberry32(this.seed);
    const radius = 1 / Math.sqrt(this.lambda);
    for (let t = 1; t <= this.nIter; t++) {
      const i = Math.floor(rng() * rows.length);
      const x = rows[i]!;
      const eta = 1 / (this.lambda * t);
      const margin = sign[i]! * x.reduce((s, v, j) => s + v * w[j]!, 0);
      const shrink = 1 - eta * this.lambda;
      for (let j = 0; j < d; j++) w[j]! *= shrink;
      // The hinge is active inside the margin (< 1), not only on misclassified points (< 0).
      if (margin < 1) for (let j = 0; j < d; j++) w[j]! += eta * sign[i]! * x[j]!;
      const len = Math.hypot(...w);
      if (len > radius) for (let j = 0; j < d; j++) w[j]! *= radius / len;
    }
    this.#w = this.fitIntercept ? w.slice(0, -1) : w;
    this.#b = this.fitIntercept ? w[d - 1]! : 0;
    this.#classes = classes;
    return this;
  }

  /** Signed distance-like score w·x + b; positive means `classes[1]`. */
  decisionFunction(X: readonly (readonly number[])[]): number[] {
    const w = this.coef;
    return X.map((r) => this.#b + r.reduce((s, v, j) => s + v * w[j]!, 0));
  }

  predict(X: readonly (readonly number[])[]): number[] {
    return this.decisionFunction(X).map((z) => (z > 0 ? this.#classes[1]! : this.#classes[0]!));
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    return pred.filter((v, i) => v === y[i]).length / y.length;
  }
}
