import { todo } from '@roadmap/todo';
import { NotFittedError } from './_errors.ts';

/**
 * Python: `sklearn.ensemble.GradientBoostingRegressor(loss="squared_error", n_estimators=100,
 * learning_rate=0.1, max_depth=3)`.
 *
 * Start from the constant mean(y). Each stage fits a small regression tree to the current
 * residuals y − F(x) (the negative gradient of the squared loss) and adds learningRate × its
 * prediction: F ← F + ν·tree(x). The regression trees split like the classifier's (midpoint
 * thresholds, x ≤ threshold goes left) but choose the split with the largest drop in squared
 * error, and their leaves predict the mean residual.
 */
export interface GradientBoostingOptions {
  /** @default 100 */
  nEstimators?: number;
  /** Shrinkage ν applied to every tree. @default 0.1 */
  learningRate?: number;
  /** Depth of each regression tree. @default 3 */
  maxDepth?: number;
  /** @default 2 */
  minSamplesSplit?: number;
}

/** A regression tree node: leaves predict the mean target of their samples. */
export type RegressionNode =
  | { leaf: true; value: number; nSamples: number }
  | { leaf: false; feature: number; threshold: number; nSamples: number; left: RegressionNode; right: RegressionNode };

export class GradientBoostingRegressor {
  readonly nEstimators: number;
  readonly learningRate: number;
  readonly maxDepth: number;
  readonly minSamplesSplit: number;

  constructor(opts: GradientBoostingOptions = {}) {
    this.nEstimators = opts.nEstimators ?? 100;
    this.learningRate = opts.learningRate ?? 0.1;
    this.maxDepth = opts.maxDepth ?? 3;
    this.minSamplesSplit = opts.minSamplesSplit ?? 2;
  }

  /** The initial constant prediction, mean(y). */
  get init(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('GradientBoostingRegressor.init');
  }

  /** One regression tree per stage (sklearn `estimators_`). */
  get estimators(): RegressionNode[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('GradientBoostingRegressor.estimators');
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: F = mean(y); for each stage fit a tree to y − F and add learningRate × its predictions.
    return todo('GradientBoostingRegressor.fit');
  }

  /** Python: `staged_predict(X)`: the predictions after each stage, one array per stage. */
  *stagedPredict(X: readonly (readonly number[])[]): Generator<number[], void, undefined> {
    // TODO: yield a copy of the running predictions after each tree.
    todo('GradientBoostingRegressor.stagedPredict');
  }

  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('GradientBoostingRegressor.predict');
  }

  /** R² on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('GradientBoostingRegressor.score');
  }
}
