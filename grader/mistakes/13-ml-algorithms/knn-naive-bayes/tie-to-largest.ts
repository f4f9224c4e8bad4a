// Mistake: breaks vote ties toward the largest label.
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

function argmax(v: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

function sortedClasses(y: readonly number[]): number[] {
  return [...new Set(y)].sort((a, b) => a - b);
}

/** Python: `sklearn.neighbors.KNeighborsClassifier` with Euclidean distance. */
export class KNeighborsClassifier {
  readonly nNeighbors: number;
  readonly weights: 'uniform' | 'distance';
  #X: number[][] | undefined;
  #y: number[] = [];
  #classes: number[] = [];

  constructor(opts: KNeighborsOptions = {}) {
    this.nNeighbors = opts.nNeighbors ?? 5;
    this.weights = opts.weights ?? 'uniform';
  }

  get classes(): number[] {
    if (!this.#X) throw new NotFittedError('KNeighborsClassifier');
    return [...this.#classes];
  }

  /** Stores the training data: all the work happens at prediction time. */
  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('KNeighborsClassifier.fit: X and y must be non-empty and the same length');
    if (this.nNeighbors > X.length) throw new RangeError(`KNeighborsClassifier: nNeighbors ${this.nNeighbors} > ${X.length} samples`);
    this.#X = X.map((r) => [...r]);
    this.#y = [...y];
    this.#classes = sortedClasses(y);
    return this;
  }

  /**
   * Rows of vote shares, columns in `classes` order. The k nearest training points (Euclidean,
   * ties by index) vote with weight 1, or 1/distance; with 'distance', a training point at
   * distance 0 takes all the weight.
   */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    if (!this.#X) throw new NotFittedError('KNeighborsClassifier');
    const train = this.#X;
    return X.map((x) => {
      const d = train.map((t, i) => ({ i, d: Math.sqrt(t.reduce((s, v, j) => s + (v - x[j]!) ** 2, 0)) }));
      d.sort((a, b) => a.d - b.d || a.i - b.i);
      const near = d.slice(0, this.nNeighbors);
      const votes = new Array<number>(this.#classes.length).fill(0);
      const exact = near.some((e) => e.d === 0);
      for (const { i, d: dist } of near) {
        // With distance weights, a training point at distance 0 takes all the weight (like sklearn).
        const w = this.weights === 'uniform' ? 1 : exact ? (dist === 0 ? 1 : 0) : 1 / dist;
        votes[this.#classes.indexOf(this.#y[i]!)]! += w;
      }
      const total = votes.reduce((s, v) => s + v, 0);
      return votes.map((v) => v / total);
    });
  }

  /** The class with the most votes; ties go to the smallest label. */
  predict(X: readonly (readonly number[])[]): number[] {
    return this.predictProba(X).map((row) => {
      let best = 0;
      for (let i = 1; i < row.length; i++) if (row[i]! >= row[best]!) best = i;
      return this.#classes[best]!;
    });
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    return pred.filter((v, i) => v === y[i]).length / y.length;
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
  #classes: number[] | undefined;
  #prior: number[] = [];
  #theta: number[][] = [];
  #var: number[][] = [];
  #epsilon = 0;

  constructor(opts: GaussianNBOptions = {}) {
    this.varSmoothing = opts.varSmoothing ?? 1e-9;
  }

  get classes(): number[] {
    if (!this.#classes) throw new NotFittedError('GaussianNB');
    return [...this.#classes];
  }

  /** sklearn `class_prior_`. */
  get classPrior(): number[] {
    if (!this.#classes) throw new NotFittedError('GaussianNB');
    return [...this.#prior];
  }

  /** Per-class feature means (sklearn `theta_`). */
  get theta(): number[][] {
    if (!this.#classes) throw new NotFittedError('GaussianNB');
    return this.#theta.map((r) => [...r]);
  }

  /** Per-class feature variances, smoothing included (sklearn `var_`). */
  get var(): number[][] {
    if (!this.#classes) throw new NotFittedError('GaussianNB');
    return this.#var.map((r) => [...r]);
  }

  /** The smoothing added to every variance (sklearn `epsilon_`). */
  get epsilon(): number {
    if (!this.#classes) throw new NotFittedError('GaussianNB');
    return this.#epsilon;
  }

  fit(X: readonly (readonly number[])[], y: readonly number[]): this {
    if (X.length === 0 || X.length !== y.length) throw new RangeError('GaussianNB.fit: X and y must be non-empty and the same length');
    const n = X.length;
    const p = X[0]!.length;
    const classes = sortedClasses(y);
    const colVar = (rows: readonly (readonly number[])[], j: number) => {
      const m = rows.reduce((s, r) => s + r[j]!, 0) / rows.length;
      return rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / rows.length;
    };
    this.#epsilon = this.varSmoothing * Math.max(...Array.from({ length: p }, (_, j) => colVar(X, j)));
    this.#prior = [];
    this.#theta = [];
    this.#var = [];
    for (const c of classes) {
      const rows = X.filter((_, i) => y[i] === c);
      this.#prior.push(rows.length / n);
      this.#theta.push(Array.from({ length: p }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / rows.length));
      this.#var.push(Array.from({ length: p }, (_, j) => colVar(rows, j) + this.#epsilon));
    }
    this.#classes = classes;
    return this;
  }

  /** log P(c) + Σⱼ log N(xⱼ; θ_cj, σ²_cj) for every class (sklearn `predict_joint_log_proba`). */
  jointLogLikelihood(X: readonly (readonly number[])[]): number[][] {
    const classes = this.classes;
    return X.map((x) =>
      classes.map((_, c) => {
        let s = Math.log(this.#prior[c]!);
        x.forEach((v, j) => {
          const vr = this.#var[c]![j]!;
          s -= 0.5 * Math.log(2 * Math.PI * vr) + (v - this.#theta[c]![j]!) ** 2 / (2 * vr);
        });
        return s;
      }),
    );
  }

  /** Normalised with log-sum-exp, so tiny likelihoods do not underflow to 0/0. */
  predictProba(X: readonly (readonly number[])[]): number[][] {
    return this.jointLogLikelihood(X).map((row) => {
      const m = Math.max(...row);
      const e = row.map((v) => Math.exp(v - m));
      const s = e.reduce((a, b) => a + b, 0);
      return e.map((v) => v / s);
    });
  }

  predict(X: readonly (readonly number[])[]): number[] {
    const classes = this.classes;
    return this.jointLogLikelihood(X).map((row) => classes[argmax(row)]!);
  }

  score(X: readonly (readonly number[])[], y: readonly number[]): number {
    const pred = this.predict(X);
    return pred.filter((v, i) => v === y[i]).length / y.length;
  }
}
