import { todo } from '@roadmap/todo';

/**
 * Agglomerative clustering, returning SciPy's linkage matrix as objects.
 *
 * ```python
 * from scipy.cluster.hierarchy import linkage
 * Z = linkage(points, method="ward")   # rows [left, right, height, size]
 * ```
 *
 * Start with every point as its own cluster (ids 0..n−1). Repeatedly merge the two closest
 * clusters; the cluster made by merge i gets id n + i. Distances between clusters follow the
 * linkage:
 * - single: the closest pair of points; complete: the farthest pair;
 * - average (UPGMA): the mean over all pairs of points;
 * - ward: the increase in within-cluster variance, as SciPy defines it (Lance–Williams update
 *   d(k, i∪j) = √(((nᵢ+nₖ)d(k,i)² + (nⱼ+nₖ)d(k,j)² − nₖ d(i,j)²) / (nᵢ+nⱼ+nₖ))).
 * Point distances are Euclidean. Ties go to the pair with the smallest ids.
 */
export type Linkage = 'single' | 'complete' | 'average' | 'ward';

export interface Merge {
  /** The smaller of the two merged cluster ids. */
  left: number;
  /** The larger of the two merged cluster ids. */
  right: number;
  /** The linkage distance at which they merged. */
  height: number;
  /** The number of points in the new cluster. */
  size: number;
}

export function agglomerative(points: readonly (readonly number[])[], linkage: Linkage = 'ward'): Merge[] {
  // TODO: a distance table between active clusters, n − 1 merges with Lance–Williams updates.
  return todo('agglomerative');
}
