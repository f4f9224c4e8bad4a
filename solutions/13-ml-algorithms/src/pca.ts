import { NotFittedError } from './_errors.ts';
import { eigSym } from './_linalg.ts';

/**
 * Python: `sklearn.decomposition.PCA(n_components=None)`.
 *
 * Centre the data, then find the orthonormal directions of largest variance: the eigenvectors of
 * the covariance matrix XcᵀXc/(n − 1), largest eigenvalue first. `explainedVariance` are those
 * eigenvalues (ddof 1, like sklearn); `explainedVarianceRatio` divides by the total variance of
 * all features. Each component's sign is fixed so that its largest-|value| entry is positive.
 */
export interface PCAOptions {
  /** Components to keep. @default min(nSamples, nFeatures) */
  nComponents?: number;
}

export class PCA {
  readonly nComponents: number | undefined;
  #mean: number[] | undefined;
  #components: number[][] = [];
  #explainedVariance: number[] = [];
  #ratio: number[] = [];

  constructor(opts: PCAOptions = {}) {
    this.nComponents = opts.nComponents;
  }

  /** The principal axes, one per row (sklearn `components_`). */
  get components(): number[][] {
    if (!this.#mean) throw new NotFittedError('PCA');
    return this.#components.map((c) => [...c]);
  }

  /** Variance along each component, with n − 1 in the denominator (sklearn `explained_variance_`). */
  get explainedVariance(): number[] {
    if (!this.#mean) throw new NotFittedError('PCA');
    return [...this.#explainedVariance];
  }

  /** Fraction of the total variance along each component (sklearn `explained_variance_ratio_`). */
  get explainedVarianceRatio(): number[] {
    if (!this.#mean) throw new NotFittedError('PCA');
    return [...this.#ratio];
  }

  /** The per-feature mean removed before projecting (sklearn `mean_`). */
  get mean(): number[] {
    if (!this.#mean) throw new NotFittedError('PCA');
    return [...this.#mean];
  }

  fit(X: readonly (readonly number[])[]): this {
    const n = X.length;
    if (n < 2) throw new RangeError('PCA.fit: needs at least two samples');
    const p = X[0]!.length;
    const k = this.nComponents ?? Math.min(n, p);
    if (!(k >= 1 && k <= Math.min(n, p))) throw new RangeError(`PCA: nComponents must be in 1..${Math.min(n, p)}`);
    const mean = Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n);
    const Xc = X.map((r) => r.map((v, j) => v - mean[j]!));
    const cov = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => Xc.reduce((s, r) => s + r[i]! * r[j]!, 0) / (n - 1)));
    const { values, vectors } = eigSym(cov);
    const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
    this.#components = vectors.slice(0, k).map((v) => {
      let big = 0;
      for (let j = 1; j < v.length; j++) if (Math.abs(v[j]!) > Math.abs(v[big]!)) big = j;
      return v[big]! < 0 ? v.map((x) => -x) : [...v];
    });
    this.#explainedVariance = values.slice(0, k).map((v) => Math.max(v, 0));
    this.#ratio = this.#explainedVariance.map((v) => v / total);
    this.#mean = mean;
    return this;
  }

  /** Coordinates of each row along the components: (x − mean)·componentsᵀ. */
  transform(X: readonly (readonly number[])[]): number[][] {
    const mean = this.mean;
    return X.map((r) => this.#components.map((c) => c.reduce((s, cj, j) => s + cj * (r[j]! - mean[j]!), 0)));
  }

  fitTransform(X: readonly (readonly number[])[]): number[][] {
    return this.fit(X).transform(X);
  }

  /** Back to feature space: mean + z·components (exact when all components are kept). */
  inverseTransform(Z: readonly (readonly number[])[]): number[][] {
    const mean = this.mean;
    return Z.map((z) => mean.map((m, j) => m + z.reduce((s, zi, i) => s + zi * this.#components[i]![j]!, 0)));
  }
}
