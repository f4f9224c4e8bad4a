import { todo } from '@roadmap/todo';
import { NotFittedError } from './_errors.ts';

/**
 * Two classic lazy/probabilistic classifiers.
 *
 * ```python
 * from sklearn.neighbors import KNeighborsClassifier
 * from sklearn.naive_bayes import GaussianNB
 * KNeighborsClassifier(n_neighbors=5, weights="uniform").fit(X, y).predict_proba(X_new)
 * GaussianNB(var_smoothing=1e-9).fit(X, y).predict_proba(X_new)
 * ```
 */
export interface KNeighborsOptions {
  /** @default 5 */
  nNeighbors?: number;
  /** 'uniform': one vote each; 'distance': votes weighted by 1/distance. @default 'uniform' */
  weights?: 'uniform' | 'distance';
}

/** Python: `sklearn.neighbors.KNeighborsClassifier` with Euclidean distance. */
export class KNeighborsClassifier {
  readonly nNeighbors: number;
  readonly weights: 'uniform' | 'distance';

  constructor(opts: KNeighborsOptions = {}) {
    this.nNeighbors = opts.nNeighbors ?? 5;
    this.weights = opts.weights ?? 'uniform';
  }

  get classes(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('KNeighborsClassifier.classes');
  }

  /** Stores the training data: all the work happens at prediction time. */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: implement fit (see the doc comment).
    return todo('KNeighborsClassifier.fit');
  }

  /**
   * Rows of vote shares, columns in `classes` order. The k nearest training points (Euclidean,
   * ties by index) vote with weight 1, or 1/distance; with 'distance', a training point at
   * distance 0 takes all the weight.
   */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement predictProba (see the doc comment).
    return todo('KNeighborsClassifier.predictProba');
  }

  /** The class with the most votes; ties go to the smallest label. */
  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('KNeighborsClassifier.predict');
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('KNeighborsClassifier.score');
  }
}

export interface GaussianNBOptions {
  /** Adds varSmoothing × (the largest feature variance) to every variance. @default 1e-9 */
  varSmoothing?: number;
}

/**
 * Python: `sklearn.naive_bayes.GaussianNB`. Each class c has a prior (its share of the samples)
 * and, per feature, a normal distribution with the class mean and the class *population*
 * variance (ddof 0). Features are treated as independent given the class.
 */
export class GaussianNB {
  readonly varSmoothing: number;

  constructor(opts: GaussianNBOptions = {}) {
    this.varSmoothing = opts.varSmoothing ?? 1e-9;
  }

  get classes(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('GaussianNB.classes');
  }

  /** sklearn `class_prior_`. */
  get classPrior(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('GaussianNB.classPrior');
  }

  /** Per-class feature means (sklearn `theta_`). */
  get theta(): number[][] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('GaussianNB.theta');
  }

  /** Per-class feature variances, smoothing included (sklearn `var_`). */
  get var(): number[][] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('GaussianNB.var');
  }

  /** The smoothing added to every variance (sklearn `epsilon_`). */
  get epsilon(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('GaussianNB.epsilon');
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    // TODO: implement fit (see the doc comment).
    return todo('GaussianNB.fit');
  }

  /** log P(c) + Σⱼ log N(xⱼ; θ_cj, σ²_cj) for every class (sklearn `predict_joint_log_proba`). */
  jointLogLikelihood(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement jointLogLikelihood (see the doc comment).
    return todo('GaussianNB.jointLogLikelihood');
  }

  /** Normalised with log-sum-exp, so tiny likelihoods do not underflow to 0/0. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement predictProba (see the doc comment).
    return todo('GaussianNB.predictProba');
  }

  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('GaussianNB.predict');
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    // TODO: implement score (see the doc comment).
    return todo('GaussianNB.score');
  }
}
