import { mulberry32 } from '@roadmap/testkit';
import { todo } from '@roadmap/todo';
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
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('RandomForestClassifier.estimators');
  }

  /** For each tree, the row indices of its bootstrap sample (sklearn `estimators_samples_`). */
  get estimatorsSamples(): number[][] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('RandomForestClassifier.estimatorsSamples');
  }

  get classes(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('RandomForestClassifier.classes');
  }

  /** Accuracy of the out-of-bag predictions over the samples that were out of bag at least once. */
  get oobScore(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('RandomForestClassifier.oobScore');
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: bootstrap, grow the trees, then compute the out-of-bag score.
    return todo('RandomForestClassifier.fit');
  }

  /** The mean of the trees' probabilities (soft voting), columns in `classes` order. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement predictProba (see the doc comment).
    return todo('RandomForestClassifier.predictProba');
  }

  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('RandomForestClassifier.predict');
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('RandomForestClassifier.score');
  }
}
