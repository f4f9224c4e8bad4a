import { describe, expect, it } from 'vitest';
import { KMeans } from '../src/kmeans.ts';

describe('KMeans', () => {
  const X = [[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10]];

  it('finds two well separated clusters from given centres', () => {
    const m = new KMeans({ nClusters: 2, init: [[0, 0], [10, 10]] }).fit(X);
    expect(m.labels).toEqual([0, 0, 0, 1, 1, 1]);
    expect(m.clusterCenters[0]![0]).toBeCloseTo(1 / 3, 12);
    // Each cluster contributes 2/9 + 5/9 + 5/9 = 4/3 (squared distances to its centre).
    expect(m.inertia).toBeCloseTo(8 / 3, 12);
  });
  it('is reproducible with k-means++ and a seed', () => {
    const a = new KMeans({ nClusters: 2, seed: 3 }).fit(X);
    const b = new KMeans({ nClusters: 2, seed: 3 }).fit(X);
    expect(a.clusterCenters).toEqual(b.clusterCenters);
  });
});
