import { kmeans as mlKmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { KMeans } from '@impl/13-ml-algorithms/kmeans';
import golden from './goldens/kmeans.json';
import iris from './goldens/iris.json';
import { expectNear, expectNotFitted, mulberry32, sameClustering, show } from './_kit.ts';

const sq = (a: number[], b: number[]) => a.reduce((s, v, j) => s + (v - b[j]!) ** 2, 0);

function blobs(seed: number, k: number, perCluster: number): number[][] {
  const rng = mulberry32(seed);
  const centers = Array.from({ length: k }, () => [20 * rng(), 20 * rng()]);
  return centers.flatMap((c) => Array.from({ length: perCluster }, () => [c[0]! + 3 * (rng() - 0.5), c[1]! + 3 * (rng() - 0.5)]));
}

describe('KMeans', () => {
  it('converges to the same centres and labels as ml-kmeans from the same initial centroids (iris)', () => {
    const init = golden.init;
    const ml = mlKmeans(iris.data, 3, { initialization: init.map((c) => [...c]), maxIterations: 300, tolerance: 1e-12 });
    const m = new KMeans({ nClusters: 3, init, tol: 1e-12 }).fit(iris.data);
    expectNear(m.clusterCenters, ml.centroids, { atol: 1e-9 }, `clusterCenters from init ${show(init)}`);
    expect(m.labels).toEqual(ml.clusters);
    const inertia = iris.data.reduce((s, x, i) => s + sq(x, ml.centroids[ml.clusters[i]!]!), 0);
    expectNear(m.inertia, inertia, { rtol: 1e-9 }, 'inertia = Σ squared distance to the own centre');
  });
  it('matches sklearn KMeans from the same initial centres (centres, labels, inertia)', () => {
    const m = new KMeans({ nClusters: 3, init: golden.init, tol: 1e-12 }).fit(iris.data);
    expectNear(m.clusterCenters, golden.centers, { atol: 1e-9 }, 'clusterCenters');
    expect(m.labels).toEqual(golden.labels);
    expectNear(m.inertia, golden.inertia, { rtol: 1e-9 }, 'inertia');
  });
  it("with 'k-means++' and seeds 0..9, finds sklearn's best iris inertia (78.85…)", () => {
    const inertias = Array.from({ length: 10 }, (_, seed) => new KMeans({ nClusters: 3, seed }).fit(iris.data).inertia);
    expectNear(Math.min(...inertias), golden.bestInertia, { rtol: 1e-6 }, `best inertia over seeds 0..9 (all: ${show(inertias)})`);
  });
  it('agrees with ml-kmeans up to relabelling on random blobs', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const k = 2 + (seed % 3);
      const X = blobs(seed, k, 12);
      const init = Array.from({ length: k }, (_, c) => X[c * 12]!);
      const ml = mlKmeans(X, k, { initialization: init.map((r) => [...r]), maxIterations: 300, tolerance: 1e-12 });
      const m = new KMeans({ nClusters: k, init, tol: 1e-12 }).fit(X);
      expect(sameClustering(m.labels, ml.clusters), `labels ${show(m.labels)} vs ml-kmeans ${show(ml.clusters)}`).toBe(true);
      expectNear(m.clusterCenters, ml.centroids, { atol: 1e-9 }, `centres, seed ${seed}`);
    }
  });
  it('is deterministic for a seed, and picks data points as k-means++ starting centres', () => {
    const X = blobs(9, 3, 10);
    const a = new KMeans({ nClusters: 3, seed: 4 }).fit(X);
    const b = new KMeans({ nClusters: 3, seed: 4 }).fit(X);
    expect(a.clusterCenters).toEqual(b.clusterCenters);
    expect(a.labels).toEqual(b.labels);
    const once = new KMeans({ nClusters: 3, seed: 4, maxIter: 0 }).fit(X);
    for (const c of once.clusterCenters) expect(X.some((x) => sq(x, c) === 0), `starting centre ${show(c)} is a data point`).toBe(true);
  });
  it('labels each point with its nearest centre and predicts new points the same way', () => {
    const X = blobs(2, 3, 10);
    const m = new KMeans({ nClusters: 3, seed: 1 }).fit(X);
    const C = m.clusterCenters;
    const nearest = (x: number[]) => C.reduce((best, c, k) => (sq(x, c) < sq(x, C[best]!) ? k : best), 0);
    expect(m.labels).toEqual(X.map(nearest));
    expect(m.predict([[0, 0], [20, 20], [10, 5]])).toEqual([[0, 0], [20, 20], [10, 5]].map(nearest));
    expect(m.fitPredict(X)).toEqual(m.labels);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new KMeans({ nClusters: 2 });
    expectNotFitted(() => m.predict([[1, 2]]), 'predict');
    expectNotFitted(() => m.inertia, 'inertia');
    expect(m.fit([[0, 0], [0, 1], [5, 5], [5, 6]])).toBe(m);
  });
});
