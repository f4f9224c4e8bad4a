// Mistake: scores the out-of-bag predictions with every tree, including those that trained on the sample.
import { mulberry32 } from '@roadmap/testkit';
import { NotFittedError } from './_errors.ts';
import { DecisionTreeClassifier } from './decision-tree.ts';

/**
 * Python: `sklearn.ensemble.RandomForestClassifier(n_estimators=100, max_features="sqrt",
 * bootstrap=True, oob_score=True, random_state=seed)`.
 *
 * Each tree sees a bootstrap sample (n rows drawn with replacement) and considers a random subset
 * of `maxFeatures` features at every split. The forest averages the trees' class probabilities.
 * Samples a tree did not see are "out of bag" for it: predicting each sample with only those
 * trees gives a free validation score, `oobScore`.
 *
 * Use one `mulberry32(seed)` generator for everything, in this order: for each tree, draw its n
 * bootstrap indices (⌊rng()·n⌋ each), then grow the tree with `{ maxFeatures, rng }`.
 */
export interface RandomForestOptions {
  /** @default 100 */
  nEstimators?: number;
  /** Features per split: a count, or 'sqrt' for ⌊√p⌋ (at least 1). @default 'sqrt' */
  maxFeatures?: number | 'sqrt';
  /** @default Infinity */
  maxDepth?: number;
  /** @default 2 */
  minSamplesSplit?: number;
  /** @default 'gini' */
  criterion?: 'gini' | 'entropy';
  /** Seeds the one generator (mulberry32) behind every bootstrap sample and feature draw. @default 0 */
  seed?: number;
}

export class RandomForestClassifier {
  readonly nEstimators: number;
  readonly maxFeatures: number | 'sqrt';
  readonly maxDepth: number;
  readonly minSamplesSplit: number;
  readonly criterion: 'gini' | 'entropy';
  readonly seed: number;
  #trees: DecisionTreeClassifier[] | undefined;
  #samples: number[][] = [];
  #classes: number[] = [];
  #oobScore = NaN;

  constructor(opts: RandomForestOptions = {}) {
    this.nEstimators = opts.nEstimators ?? 100;
    this.maxFeatures = opts.maxFeatures ?? 'sqrt';
    this.maxDepth = opts.maxDepth ?? Infinity;
    this.minSamplesSplit = opts.minSamplesSplit ?? 2;
    this.criterion = opts.criterion ?? 'gini';
    this.seed = opts.seed ?? 0;
  }

  /** The fitted trees (sklearn `estimators_`). */
  get estimators(): DecisionTreeClassifier[] {
    if (!this.#trees) throw new NotFittedError('RandomForestClassifier');
    return [...this.#trees];
  }

  /** For each tree, the row indices of its bootstrap sample (sklearn `estimators_samples_`). */
  get estimatorsSamples(): number[][] {
    if (!this.#trees) throw new NotFittedError('RandomForestClassifier');
    return this.#samples.map((s) => [...s]);
  }

  get classes(): number[] {
    if (!this.#trees) throw new NotFittedError('RandomForestClassifier');
    return [...this.#classes];
  }

  /** Accuracy of the out-of-bag predictions over the samples that were out of bag at least once. */
  get oobScore(): number {
    if (!this.#trees) throw new NotFittedError('RandomForestClassifier');
    return this.#oobScore;
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('RandomForestClassifier.fit: X and y must be non-empty and the same length');
    const n = X.length;
    const p = X[0]!.length;
    const k = this.maxFeatures === 'sqrt' ? Math.max(1, Math.floor(Math.sqrt(p))) : this.maxFeatures;
    const rng = mulberry32(this.seed);
    this.#classes = [...new Set(y)].sort((a, b) => a - b);
    this.#trees = [];
    this.#samples = [];
    for (let t = 0; t < this.nEstimators; t++) {
      const rows = Array.from({ length: n }, () => Math.floor(rng() * n));
      const tree = new DecisionTreeClassifier({ maxDepth: this.maxDepth, minSamplesSplit: this.minSamplesSplit, criterion: this.criterion, maxFeatures: k, rng });
      tree.fit(rows.map((i) => X[i]!), rows.map((i) => y[i]!));
      this.#trees.push(tree);
      this.#samples.push(rows);
    }
    // Out-of-bag: each sample is predicted only by the trees whose bootstrap missed it.
    const sums = Array.from({ length: n }, () => new Array<number>(this.#classes.length).fill(0));
    const seen = new Array<boolean>(n).fill(false);
    this.#trees.forEach((tree, t) => {
      const inBag = new Set(this.#samples[t]);
      const oob = Array.from({ length: n }, (_, i) => i);
      void inBag;
      if (oob.length === 0) return;
      const proba = this.#alignedProba(tree, oob.map((i) => X[i]!));
      oob.forEach((i, r) => {
        seen[i] = true;
        proba[r]!.forEach((v, c) => (sums[i]![c]! += v));
      });
    });
    let hits = 0;
    let counted = 0;
    for (let i = 0; i < n; i++) {
      if (!seen[i]) continue;
      counted++;
      if (this.#classes[argmax(sums[i]!)] === y[i]) hits++;
    }
    this.#oobScore = counted === 0 ? NaN : hits / counted;
    return this;
  }

  /** A tree trained on a bootstrap sample may have missed a class: map its columns onto ours. */
  #alignedProba(tree: DecisionTreeClassifier, X: readonly (readonly number[])[]): number[][] {
    const cols = tree.classes.map((c) => this.#classes.indexOf(c));
    return tree.predictProba(X).map((row) => {
      const out = new Array<number>(this.#classes.length).fill(0);
      row.forEach((v, j) => (out[cols[j]!] = v));
      return out;
    });
  }

  /** The mean of the trees' probabilities (soft voting), columns in `classes` order. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    const trees = this.estimators;
    const sums = X.map(() => new Array<number>(this.#classes.length).fill(0));
    for (const tree of trees) {
      this.#alignedProba(tree, X).forEach((row, i) => row.forEach((v, c) => (sums[i]![c]! += v)));
    }
    return sums.map((row) => row.map((v) => v / trees.length));
  }

  predict(X: readonly (readonly number[])[]): number[] {
    return this.predictProba(X).map((row) => this.#classes[argmax(row)]!);
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    return pred.filter((v, i) => v === y[i]).length / y.length;
  }
}

function argmax(v: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}
