import { PCA as MlPCA } from 'ml-pca';
import { describe, expect, it } from 'vitest';
import { PCA } from '@impl/13-ml-algorithms/pca';
import golden from './goldens/pca.json';
import iris from './goldens/iris.json';
import { expectNear, expectNotFitted, expectSameUpToSign, mulberry32 } from './_kit.ts';

describe('PCA', () => {
  it('matches ml-pca on iris: components (up to sign), explained variance ratios and scores', () => {
    const ml = new MlPCA(iris.data);
    const m = new PCA().fit(iris.data);
    const vectors = ml.getEigenvectors().to2DArray(); // one eigenvector per column
    m.components.forEach((c, k) => expectSameUpToSign(c, vectors.map((row) => row[k]!), 1e-9, `component ${k}`));
    expectNear(m.explainedVarianceRatio, ml.getExplainedVariance(), { atol: 1e-12 }, 'explainedVarianceRatio');
    expectNear(m.explainedVariance.map(Math.sqrt), ml.getStandardDeviations(), { atol: 1e-9 }, '√explainedVariance vs ml-pca standard deviations');
    const scores = ml.predict(iris.data).to2DArray();
    const ours = m.transform(iris.data);
    for (let k = 0; k < 4; k++) {
      expectSameUpToSign(ours.map((r) => r[k]!), scores.map((r) => r[k]!), 1e-9, `scores on component ${k}`);
    }
  });
  it('matches sklearn PCA (components up to sign, explained variance with ddof 1, mean, transform)', () => {
    for (const c of golden.cases) {
      const m = new PCA({ nComponents: c.nComponents }).fit(c.X);
      expect(m.components.length).toBe(c.nComponents);
      c.components.forEach((e, k) => expectSameUpToSign(m.components[k]!, e, 1e-9, `component ${k} (nComponents ${c.nComponents})`));
      expectNear(m.explainedVariance, c.explainedVariance, { rtol: 1e-9, atol: 1e-12 }, 'explainedVariance');
      expectNear(m.explainedVarianceRatio, c.explainedVarianceRatio, { atol: 1e-12 }, 'explainedVarianceRatio');
      expectNear(m.mean, c.mean, { atol: 1e-12 }, 'mean');
      const t = m.transform(c.X.slice(0, 5));
      c.components.forEach((e, k) => {
        const sign = Math.sign(e.reduce((s, v, j) => s + v * m.components[k]![j]!, 0));
        expectNear(t.map((r) => sign * r[k]!), c.transformed.map((r) => r[k]!), { atol: 1e-9 }, `transform, component ${k}`);
      });
    }
  });
  it('returns orthonormal components ordered by decreasing variance', () => {
    const rng = mulberry32(4);
    const X = Array.from({ length: 30 }, () => {
      const a = rng() - 0.5;
      const b = rng() - 0.5;
      return [3 * a + b, a - 2 * b, 0.1 * rng(), a];
    });
    const m = new PCA().fit(X);
    const C = m.components;
    for (let i = 0; i < C.length; i++) {
      for (let j = 0; j < C.length; j++) {
        const d = C[i]!.reduce((s, v, k) => s + v * C[j]![k]!, 0);
        expectNear(d, i === j ? 1 : 0, { atol: 1e-9 }, `components[${i}]·components[${j}]`);
      }
    }
    for (let i = 1; i < C.length; i++) expect(m.explainedVariance[i]!).toBeLessThanOrEqual(m.explainedVariance[i - 1]! + 1e-12);
  });
  it('inverts the transform exactly with all components, and projects with fewer', () => {
    const m = new PCA().fit(iris.data);
    expectNear(m.inverseTransform(m.transform(iris.data.slice(0, 10))), iris.data.slice(0, 10), { atol: 1e-9 }, 'inverseTransform(transform(X))');
    const two = new PCA({ nComponents: 2 });
    const Z = two.fitTransform(iris.data);
    expect(Z[0]!.length).toBe(2);
    expectNear(Z.slice(0, 3), two.transform(iris.data.slice(0, 3)), { atol: 1e-12 }, 'fitTransform equals fit then transform');
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new PCA();
    expectNotFitted(() => m.transform([[1, 2]]), 'transform');
    expectNotFitted(() => m.components, 'components');
    expect(m.fit([[0, 1], [1, 0], [2, 2]])).toBe(m);
  });
});
