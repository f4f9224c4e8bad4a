// Mistake: adds each tree at full strength, ignoring learningRate.
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

function buildTree(X: readonly (readonly number[])[], r: readonly number[], rows: number[], depth: number, maxDepth: number, minSplit: number): RegressionNode {
  const n = rows.length;
  const total = rows.reduce((s, i) => s + r[i]!, 0);
  const value = total / n;
  if (depth >= maxDepth || n < minSplit) return { leaf: true, value, nSamples: n };
  let best: { gain: number; feature: number; threshold: number } | undefined;
  const p = X[0]!.length;
  for (let f = 0; f < p; f++) {
    const sorted = [...rows].sort((a, b) => X[a]![f]! - X[b]![f]!);
    let leftSum = 0;
    for (let pos = 1; pos < n; pos++) {
      leftSum += r[sorted[pos - 1]!]!;
      const a = X[sorted[pos - 1]!]![f]!;
      const b = X[sorted[pos]!]![f]!;
      if (!(b > a)) continue;
      // Squared-error reduction of a split is n_L·n_R/n · (mean_L − mean_R)² (up to a constant).
      const meanL = leftSum / pos;
      const meanR = (total - leftSum) / (n - pos);
      const gain = ((pos * (n - pos)) / n) * (meanL - meanR) ** 2;
      if (!best || gain > best.gain) {
        let threshold = (a + b) / 2;
        if (threshold === b) threshold = a;
        best = { gain, feature: f, threshold };
      }
    }
  }
  if (!best) return { leaf: true, value, nSamples: n };
  const { feature, threshold } = best;
  return {
    leaf: false,
    feature,
    threshold,
    nSamples: n,
    left: buildTree(X, r, rows.filter((i) => X[i]![feature]! <= threshold), depth + 1, maxDepth, minSplit),
    right: buildTree(X, r, rows.filter((i) => X[i]![feature]! > threshold), depth + 1, maxDepth, minSplit),
  };
}

function predictTree(node: RegressionNode, x: readonly number[]): number {
  while (!node.leaf) node = x[node.feature]! <= node.threshold ? node.left : node.right;
  return node.value;
}

export class GradientBoostingRegressor {
  readonly nEstimators: number;
  readonly learningRate: number;
  readonly maxDepth: number;
  readonly minSamplesSplit: number;
  #init: number | undefined;
  #trees: RegressionNode[] = [];

  constructor(opts: GradientBoostingOptions = {}) {
    this.nEstimators = opts.nEstimators ?? 100;
    this.learningRate = opts.learningRate ?? 0.1;
    this.maxDepth = opts.maxDepth ?? 3;
    this.minSamplesSplit = opts.minSamplesSplit ?? 2;
  }

  /** The initial constant prediction, mean(y). */
  get init(): number {
    if (this.#init === undefined) throw new NotFittedError('GradientBoostingRegressor');
    return this.#init;
  }

  /** One regression tree per stage (sklearn `estimators_`). */
  get estimators(): RegressionNode[] {
    if (this.#init === undefined) throw new NotFittedError('GradientBoostingRegressor');
    return [...this.#trees];
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('GradientBoostingRegressor.fit: X and y must be non-empty and the same length');
    const init = y.reduce((s, v) => s + v, 0) / y.length;
    const F = y.map(() => init);
    const rows = Array.from({ length: y.length }, (_, i) => i);
    this.#trees = [];
    for (let m = 0; m < this.nEstimators; m++) {
      const residual = y.map((v, i) => v - F[i]!); // recomputed every stage
      const tree = buildTree(X, residual, rows, 0, this.maxDepth, this.minSamplesSplit);
      this.#trees.push(tree);
      X.forEach((x, i) => (F[i]! += predictTree(tree, x)));
    }
    this.#init = init;
    return this;
  }

  /** Python: `staged_predict(X)`: the predictions after each stage, one array per stage. */
  *stagedPredict(X: readonly (readonly number[])[]): Generator<number[], void, undefined> {
    const F = X.map(() => this.init);
    for (const tree of this.#trees) {
      X.forEach((x, i) => (F[i]! += predictTree(tree, x)));
      yield [...F];
    }
  }

  predict(X: readonly (readonly number[])[]): number[] {
    let last = X.map(() => this.init);
    for (const stage of this.stagedPredict(X)) last = stage;
    return last;
  }

  /** R² on (X, y). */
  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    const m = y.reduce((s, v) => s + v, 0) / y.length;
    const ssRes = y.reduce((s, v, i) => s + (v - pred[i]!) ** 2, 0);
    const ssTot = y.reduce((s, v) => s + (v - m) ** 2, 0);
    return 1 - ssRes / ssTot;
  }
}
