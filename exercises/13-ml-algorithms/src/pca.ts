import { todo } from '@roadmap/todo';
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

  constructor(opts: PCAOptions = {}) {
    this.nComponents = opts.nComponents;
  }

  /** The principal axes, one per row (sklearn `components_`). */
  get components(): number[][] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('PCA.components');
  }

  /** Variance along each component, with n − 1 in the denominator (sklearn `explained_variance_`). */
  get explainedVariance(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('PCA.explainedVariance');
  }

  /** Fraction of the total variance along each component (sklearn `explained_variance_ratio_`). */
  get explainedVarianceRatio(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('PCA.explainedVarianceRatio');
  }

  /** The per-feature mean removed before projecting (sklearn `mean_`). */
  get mean(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('PCA.mean');
  }

  fit(X: readonly (readonly number[])[]): this {
    // TODO: means, covariance (n − 1), eigSym, keep the first nComponents.
    return todo('PCA.fit');
  }

  /** Coordinates of each row along the components: (x − mean)·componentsᵀ. */
  transform(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement transform (see the doc comment).
    return todo('PCA.transform');
  }

  fitTransform(X: readonly (readonly number[])[]): number[][] {
    // TODO: implement fitTransform (see the doc comment).
    return todo('PCA.fitTransform');
  }

  /** Back to feature space: mean + z·components (exact when all components are kept). */
  inverseTransform(Z: readonly (readonly number[])[]): number[][] {
    // TODO: implement inverseTransform (see the doc comment).
    return todo('PCA.inverseTransform');
  }
}
