import { mulberry32 } from '@roadmap/testkit';
import { todo } from '@roadmap/todo';
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

  constructor(opts: LinearSVCOptions = {}) {
    this.lambda = opts.lambda ?? 0.001;
    this.nIter = opts.nIter ?? 20000;
    this.fitIntercept = opts.fitIntercept ?? true;
    this.seed = opts.seed ?? 0;
    if (!(this.lambda > 0)) throw new RangeError('LinearSVC: lambda must be > 0');
  }

  get coef(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LinearSVC.coef');
  }

  get intercept(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LinearSVC.intercept');
  }

  get classes(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('LinearSVC.classes');
  }

  /** RangeError unless y has exactly two distinct labels. */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: the Pegasos loop above.
    return todo('LinearSVC.fit');
  }

  /** Signed distance-like score w·x + b; positive means `classes[1]`. */
  decisionFunction(X: readonly (readonly number[])[]): number[] {
    // TODO: implement decisionFunction (see the doc comment).
    return todo('LinearSVC.decisionFunction');
  }

  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('LinearSVC.predict');
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('LinearSVC.score');
  }
}
