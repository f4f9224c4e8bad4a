import { Matrix, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { Ridge } from '@impl/13-ml-algorithms/ridge';
import golden from './goldens/ridge.json';
import { expectNear, expectNotFitted, mulberry32, show } from './_kit.ts';

/** The closed form, computed here with ml-matrix: centre, solve (XcᵀXc + αI)w = Xcᵀyc, b = ȳ − x̄·w. */
function closedForm(X: number[][], y: number[], alpha: number, fitIntercept: boolean) {
  const n = X.length;
  const p = X[0]!.length;
  const xm = fitIntercept ? Array.from({ length: p }, (_, j) => X.reduce((s, r) => s + r[j]!, 0) / n) : new Array(p).fill(0);
  const ym = fitIntercept ? y.reduce((s, v) => s + v, 0) / n : 0;
  const Xc = new Matrix(X.map((r) => r.map((v, j) => v - xm[j])));
  const yc = Matrix.columnVector(y.map((v) => v - ym));
  const A = Xc.transpose().mmul(Xc).add(Matrix.eye(p).mul(alpha));
  const coef = solve(A, Xc.transpose().mmul(yc)).to1DArray();
  return { coef, intercept: ym - coef.reduce((s, c, j) => s + c * xm[j], 0) };
}

function randomProblem(seed: number, n: number, p: number) {
  const rng = mulberry32(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => 5 * rng() + 3));
  const y = X.map((r) => 10 + r.reduce((s, v, j) => s + v * (j - 1), 0) + rng());
  return { X, y };
}

describe('Ridge', () => {
  it('matches the closed form (ml-matrix) on random problems for several alphas', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { X, y } = randomProblem(seed, 12 + seed, 1 + (seed % 4));
      for (const alpha of [0.01, 1, 50]) {
        const e = closedForm(X, y, alpha, true);
        const m = new Ridge({ alpha }).fit(X, y);
        expectNear(m.coef, e.coef, { atol: 1e-9, rtol: 1e-9 }, `Ridge({ alpha: ${alpha} }).coef, seed ${seed}`);
        expectNear(m.intercept, e.intercept, { atol: 1e-9, rtol: 1e-9 }, `Ridge({ alpha: ${alpha} }).intercept, seed ${seed}`);
      }
    }
  });
  it('matches sklearn Ridge, with and without an intercept', () => {
    for (const c of golden.cases) {
      const input = `Ridge({ alpha: ${c.alpha}, fitIntercept: ${c.fitIntercept} }).fit(${show(c.X)}, ${show(c.y)})`;
      const m = new Ridge({ alpha: c.alpha, fitIntercept: c.fitIntercept }).fit(c.X, c.y);
      expectNear(m.coef, c.coef, { atol: 1e-9, rtol: 1e-9 }, `${input}.coef`);
      expectNear(m.intercept, c.intercept, { atol: 1e-9, rtol: 1e-9 }, `${input}.intercept`);
    }
  });
  it('does not penalise the intercept: shifting y shifts only the intercept', () => {
    const { X, y } = randomProblem(9, 10, 2);
    const a = new Ridge({ alpha: 100 }).fit(X, y);
    const b = new Ridge({ alpha: 100 }).fit(X, y.map((v) => v + 1000));
    expectNear(b.coef, a.coef, { atol: 1e-9 }, 'coef after adding 1000 to y');
    expectNear(b.intercept, a.intercept + 1000, { atol: 1e-8 }, 'intercept after adding 1000 to y');
  });
  it('satisfies the optimality conditions Xᵀ(y − ŷ) = α·w and Σ(y − ŷ) = 0', () => {
    const { X, y } = randomProblem(4, 15, 3);
    const alpha = 3;
    const m = new Ridge({ alpha }).fit(X, y);
    const pred = m.predict(X);
    const r = y.map((v, i) => v - pred[i]!);
    const g = [0, 1, 2].map((j) => X.reduce((s, row, i) => s + row[j]! * r[i]!, 0));
    expectNear(g, m.coef.map((w) => alpha * w), { atol: 1e-8 }, 'Xᵀ(y − ŷ) vs α·w');
    expectNear(r.reduce((s, v) => s + v, 0), 0, { atol: 1e-8 }, 'Σ residuals');
  });
  it('shrinks the coefficients as alpha grows', () => {
    const { X, y } = randomProblem(5, 20, 3);
    const norms = [0.1, 10, 1000].map((alpha) => Math.hypot(...new Ridge({ alpha }).fit(X, y).coef));
    expect(norms[1]!).toBeLessThan(norms[0]!);
    expect(norms[2]!).toBeLessThan(norms[1]!);
  });
  it('throws NotFittedError before fit and returns this from fit', () => {
    const m = new Ridge();
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expectNotFitted(() => m.coef, 'coef');
    expect(m.fit([[0], [1], [2]], [0, 1, 3])).toBe(m);
  });
});
