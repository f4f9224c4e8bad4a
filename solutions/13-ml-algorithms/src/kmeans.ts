import { mulberry32 } from '@roadmap/testkit';
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

const sqDist = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0);

/** Index of the nearest centre; ties go to the lowest index. */
function nearest(x: readonly number[], centers: readonly (readonly number[])[]): number {
  let best = 0;
  let bestD = Infinity;
  centers.forEach((c, k) => {
    const d = sqDist(x, c);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  });
  return best;
}

export class KMeans {
  readonly nClusters: number;
  readonly init: readonly (readonly number[])[] | 'k-means++';
  readonly seed: number;
  readonly maxIter: number;
  readonly tol: number;
  #centers: number[][] | undefined;
  #labels: number[] = [];
  #inertia = NaN;
  #nIter = 0;

  constructor(opts: KMeansOptions = {}) {
    this.init = opts.init ?? 'k-means++';
    this.nClusters = opts.nClusters ?? (Array.isArray(this.init) ? this.init.length : 8);
    this.seed = opts.seed ?? 0;
    this.maxIter = opts.maxIter ?? 300;
    this.tol = opts.tol ?? 1e-4;
  }

  /** The final centres (sklearn `cluster_centers_`). */
  get clusterCenters(): number[][] {
    if (!this.#centers) throw new NotFittedError('KMeans');
    return this.#centers.map((c) => [...c]);
  }

  /** The cluster of each training point (sklearn `labels_`). */
  get labels(): number[] {
    if (!this.#centers) throw new NotFittedError('KMeans');
    return [...this.#labels];
  }

  /** Sum of squared distances from each point to its centre (sklearn `inertia_`). */
  get inertia(): number {
    if (!this.#centers) throw new NotFittedError('KMeans');
    return this.#inertia;
  }

  /** Lloyd iterations run (sklearn `n_iter_`). */
  get nIter(): number {
    if (!this.#centers) throw new NotFittedError('KMeans');
    return this.#nIter;
  }

  /**
   * k-means++: the first centre is a uniformly random point; each next one is a point drawn with
   * probability proportional to its squared distance to the nearest centre chosen so far.
   */
  #kmeansPlusPlus(X: readonly (readonly number[])[]): number[][] {
    const rng = mulberry32(this.seed);
    const centers: number[][] = [[...X[Math.floor(rng() * X.length)]!]];
    const d2 = X.map((x) => sqDist(x, centers[0]!));
    while (centers.length < this.nClusters) {
      const total = d2.reduce((s, v) => s + v, 0);
      let u = rng() * total;
      let pick = 0;
      while (pick < X.length - 1 && u >= d2[pick]!) u -= d2[pick++]!;
      centers.push([...X[pick]!]);
      X.forEach((x, i) => (d2[i] = Math.min(d2[i]!, sqDist(x, X[pick]!))));
    }
    return centers;
  }

  fit(X: readonly (readonly number[])[]): this {
    if (X.length < this.nClusters) throw new RangeError(`KMeans: ${X.length} samples for ${this.nClusters} clusters`);
    const p = X[0]!.length;
    let centers = this.init === 'k-means++' ? this.#kmeansPlusPlus(X) : this.init.map((c) => [...c]);
    if (centers.length !== this.nClusters) throw new RangeError('KMeans: init must have nClusters rows');
    // sklearn scales tol by the mean variance of the features.
    const means = Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / X.length);
    const meanVar = means.reduce((s, m, j) => s + X.reduce((t, r) => t + (r[j]! - m) ** 2, 0) / X.length, 0) / p;
    const tol = this.tol * meanVar;
    let labels = X.map((x) => nearest(x, centers));
    let it = 0;
    while (it < this.maxIter) {
      it++;
      const sums = centers.map(() => new Array<number>(p).fill(0));
      const counts = new Array<number>(centers.length).fill(0);
      X.forEach((x, i) => {
        counts[labels[i]!]!++;
        x.forEach((v, j) => (sums[labels[i]!]![j]! += v));
      });
      // An empty cluster keeps its centre.
      const next = centers.map((c, k) => (counts[k]! > 0 ? sums[k]!.map((s) => s / counts[k]!) : [...c]));
      const shift = next.reduce((s, c, k) => s + sqDist(c, centers[k]!), 0);
      centers = next;
      const newLabels = X.map((x) => nearest(x, centers));
      const same = newLabels.every((l, i) => l === labels[i]);
      labels = newLabels; // labels always match the final centres
      if (same || shift <= tol) break;
    }
    this.#centers = centers;
    this.#labels = labels;
    this.#inertia = X.reduce((s, x, i) => s + sqDist(x, centers[labels[i]!]!), 0);
    this.#nIter = it;
    return this;
  }

  /** The nearest fitted centre of each row (ties to the lower index). */
  predict(X: readonly (readonly number[])[]): number[] {
    const centers = this.clusterCenters;
    return X.map((x) => nearest(x, centers));
  }

  fitPredict(X: readonly (readonly number[])[]): number[] {
    return this.fit(X).labels;
  }
}
