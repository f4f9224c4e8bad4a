import { mulberry32 } from '@roadmap/testkit';
import { todo } from '@roadmap/todo';
import { NotFittedError } from './_errors.ts';

/**
 * Python: `sklearn.cluster.KMeans(n_clusters=8, init="k-means++", n_init=1, max_iter=300,
 * tol=1e-4, random_state=seed, algorithm="lloyd")`.
 *
 * Lloyd's algorithm: assign each point to its nearest centre, move each centre to the mean of its
 * points, repeat. It stops when the labels no longer change, when the centres moved by a total
 * squared distance ≤ tol × (mean per-feature variance of X), or after maxIter iterations
 * (maxIter 0 keeps the initial centres).
 */
export interface KMeansOptions {
  /** @default 8 (or the number of rows of an explicit init) */
  nClusters?: number;
  /** Initial centres, or 'k-means++' seeding. @default 'k-means++' */
  init?: readonly (readonly number[])[] | 'k-means++';
  /** Seeds the mulberry32 generator used by k-means++. @default 0 */
  seed?: number;
  /** @default 300 */
  maxIter?: number;
  /** @default 1e-4 */
  tol?: number;
}

export class KMeans {
  readonly nClusters: number;
  readonly init: readonly (readonly number[])[] | 'k-means++';
  readonly seed: number;
  readonly maxIter: number;
  readonly tol: number;

  constructor(opts: KMeansOptions = {}) {
    this.init = opts.init ?? 'k-means++';
    this.nClusters = opts.nClusters ?? (Array.isArray(this.init) ? this.init.length : 8);
    this.seed = opts.seed ?? 0;
    this.maxIter = opts.maxIter ?? 300;
    this.tol = opts.tol ?? 1e-4;
  }

  /** The final centres (sklearn `cluster_centers_`). */
  get clusterCenters(): number[][] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('KMeans.clusterCenters');
  }

  /** The cluster of each training point (sklearn `labels_`). */
  get labels(): number[] {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('KMeans.labels');
  }

  /** Sum of squared distances from each point to its centre (sklearn `inertia_`). */
  get inertia(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('KMeans.inertia');
  }

  /** Lloyd iterations run (sklearn `n_iter_`). */
  get nIter(): number {
    // TODO: return the fitted value (a copy of arrays); throw NotFittedError before fit.
    return todo('KMeans.nIter');
  }

  /**
   * k-means++ (with rng = mulberry32(seed)): the first centre is X[⌊rng()·n⌋]; each next one is a
   * point drawn with probability proportional to its squared distance to the nearest centre so far.
   */
  fit(X: readonly (readonly number[])[]): this {
    // TODO: initial centres, then Lloyd iterations; labels must match the final centres.
    return todo('KMeans.fit');
  }

  /** The nearest fitted centre of each row (ties to the lower index). */
  predict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement predict (see the doc comment).
    return todo('KMeans.predict');
  }

  fitPredict(X: readonly (readonly number[])[]): number[] {
    // TODO: implement fitPredict (see the doc comment).
    return todo('KMeans.fitPredict');
  }
}
