import { Matrix, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { LogisticRegression } from '@impl/13-ml-algorithms/logistic-regression';
import golden from './goldens/logistic-regression.json';
import { expectNear, expectNotFitted, mulberry32, show } from './_kit.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Newton's method (IRLS) written here with ml-matrix: minimise C·Σ logloss + ½‖w‖² (intercept
 * unpenalised), or the log-loss alone when C is Infinity.
 */
function irls(X: number[][], t: number[], C: number): { coef: number[]; intercept: number } {
  const p = X[0]!.length;
  const A = new Matrix(X.map((r) => [...r, 1]));
  let theta = Matrix.zeros(p + 1, 1);
  const P = Matrix.eye(p + 1).mul(C === Infinity ? 0 : 1 / C);
  P.set(p, p, 0);
  for (let it = 0; it < 50; it++) {
    const z = A.mmul(theta).to1DArray();
    const prob = z.map(sigmoid);
    const g = A.transpose().mmul(Matrix.columnVector(prob.map((v, i) => v - t[i]!))).add(P.mmul(theta));
    const S = Matrix.diag(prob.map((v) => v * (1 - v)));
    const H = A.transpose().mmul(S).mmul(A).add(P);
    const step = solve(H, g);
    theta = theta.sub(step);
    if (step.abs().max() < 1e-13) break;
  }
  const v = theta.to1DArray();
  return { coef: v.slice(0, p), intercept: v[p]! };
}

function randomProblem(seed: number, n: number, p: number) {
  const rng = mulberry32(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: p }, () => 4 * rng() - 2));
  const w = Array.from({ length: p }, () => 2 * rng() - 1);
  const y = X.map((r) => (rng() < sigmoid(0.5 + r.reduce((s, v, j) => s + v * w[j]!, 0)) ? 1 : 0));
  return { X, y };
}

describe('LogisticRegression', () => {
  it('matches sklearn LogisticRegression (l2 with C = 1 and 0.1, and no penalty) within 1e-4', () => {
    for (const c of golden.cases) {
      const input = `LogisticRegression({ penalty: '${c.penalty}', C: ${c.C} }).fit(${show(c.X)}, ${show(c.y)})`;
      const m = new LogisticRegression({ penalty: c.penalty as 'l2' | 'none', C: c.C }).fit(c.X, c.y);
      expectNear(m.coef, c.coef, { atol: 1e-4 }, `${input}.coef`);
      expectNear(m.intercept, c.intercept, { atol: 1e-4 }, `${input}.intercept`);
      expect(m.classes).toEqual(c.classes);
      expectNear(m.predictProba(c.Xtest), c.proba, { atol: 1e-4 }, `${input}.predictProba`);
      expect(m.predict(c.Xtest), `${input}.predict`).toEqual(c.predict);
    }
  });
  it('agrees with Newton/IRLS computed in the test (ml-matrix) on random problems', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { X, y } = randomProblem(seed, 50, 1 + (seed % 3));
      for (const C of [0.5, 2]) {
        const e = irls(X, y, C);
        const m = new LogisticRegression({ C }).fit(X, y);
        expectNear(m.coef, e.coef, { atol: 1e-6 }, `coef, seed ${seed}, C ${C}`);
        expectNear(m.intercept, e.intercept, { atol: 1e-6 }, `intercept, seed ${seed}, C ${C}`);
      }
      const e = irls(X, y, Infinity);
      const m = new LogisticRegression({ penalty: 'none' }).fit(X, y);
      expectNear(m.coef, e.coef, { atol: 1e-6 }, `unpenalised coef, seed ${seed}`);
    }
  });
  it("reaches the same optimum with solver 'gd'", () => {
    const c = golden.cases[0]!;
    const m = new LogisticRegression({ penalty: c.penalty as 'l2' | 'none', C: c.C, solver: 'gd' }).fit(c.X, c.y);
    expectNear(m.coef, c.coef, { atol: 1e-4 }, "solver 'gd' coef");
    expectNear(m.intercept, c.intercept, { atol: 1e-4 }, "solver 'gd' intercept");
  });
  it('treats C as the inverse penalty: a smaller C shrinks the coefficients', () => {
    const { X, y } = randomProblem(3, 60, 2);
    const norm = (C: number) => Math.hypot(...new LogisticRegression({ C }).fit(X, y).coef);
    expect(norm(0.01)).toBeLessThan(norm(1));
    expect(norm(1)).toBeLessThan(norm(100));
  });
  it('returns [P(class 0), P(class 1)] rows that sum to 1, for any two labels', () => {
    const X = [[-2], [-1], [-0.5], [0.5], [1], [2], [0.1], [-0.1]];
    const y = [7, 7, 3, 7, 3, 3, 7, 3];
    const m = new LogisticRegression().fit(X, y);
    expect(m.classes).toEqual([3, 7]);
    for (const row of m.predictProba(X)) {
      expect(row.length).toBe(2);
      expectNear(row[0]! + row[1]!, 1, { atol: 1e-12 }, 'row sum');
    }
    const z = m.decisionFunction(X);
    expect(m.predict(X)).toEqual(z.map((v) => (v > 0 ? 7 : 3)));
  });
  it('throws NotFittedError before fit and a RangeError for more than two classes', () => {
    const m = new LogisticRegression();
    expectNotFitted(() => m.predict([[1]]), 'predict');
    expectNotFitted(() => m.predictProba([[1]]), 'predictProba');
    expect(() => new LogisticRegression().fit([[0], [1], [2]], [0, 1, 2])).toThrow(RangeError);
    expect(m.fit([[0], [1], [2], [3]], [0, 1, 0, 1])).toBe(m);
  });
});
