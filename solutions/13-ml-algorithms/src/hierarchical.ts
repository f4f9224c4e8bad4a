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
  const n = points.length;
  const dist = (a: readonly number[], b: readonly number[]) => Math.sqrt(a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0));
  // d.get(i).get(j): the current distance between active clusters i and j (by id).
  const d = new Map<number, Map<number, number>>();
  const size = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    d.set(i, new Map());
    size.set(i, 1);
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = dist(points[i]!, points[j]!);
      d.get(i)!.set(j, v);
      d.get(j)!.set(i, v);
    }
  }
  const merges: Merge[] = [];
  for (let step = 0; step < n - 1; step++) {
    let bi = -1;
    let bj = -1;
    let best = Infinity;
    for (const [i, row] of d) {
      for (const [j, v] of row) {
        if (i < j && (v < best || (v === best && (i < bi || (i === bi && j < bj))))) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    const id = n + step;
    const ni = size.get(bi)!;
    const nj = size.get(bj)!;
    const row = new Map<number, number>();
    for (const k of d.keys()) {
      if (k === bi || k === bj) continue;
      const dik = d.get(bi)!.get(k)!;
      const djk = d.get(bj)!.get(k)!;
      const nk = size.get(k)!;
      let v: number;
      if (linkage === 'single') v = Math.min(dik, djk);
      else if (linkage === 'complete') v = Math.max(dik, djk);
      else if (linkage === 'average') v = (ni * dik + nj * djk) / (ni + nj); // weighted by cluster sizes
      else v = Math.sqrt(((ni + nk) * dik * dik + (nj + nk) * djk * djk - nk * best * best) / (ni + nj + nk));
      row.set(k, v);
    }
    d.delete(bi);
    d.delete(bj);
    for (const [k, v] of row) {
      const r = d.get(k)!;
      r.delete(bi);
      r.delete(bj);
      r.set(id, v);
    }
    d.set(id, row);
    size.set(id, ni + nj);
    merges.push({ left: bi, right: bj, height: best, size: ni + nj });
  }
  return merges;
}
