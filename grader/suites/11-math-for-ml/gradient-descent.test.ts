import { EigenvalueDecomposition, Matrix, solve as mlSolve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { gradientDescent } from '@impl/11-math-for-ml/gradient-descent';
import { expectNear, mulberry32, show, symmetricWithEigenvalues } from './_kit.ts';

/** f(x) = ½xᵀAx − bᵀx with A symmetric positive definite: the minimum is A⁻¹b. */
function quadratic(A: number[][], b: number[]) {
  const Ax = (x: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * x[j]!, 0));
  return {
    f: (x: number[]) => 0.5 * x.reduce((s, xi, i) => s + xi * Ax(x)[i]!, 0) - x.reduce((s, xi, i) => s + xi * b[i]!, 0),
    grad: (x: number[]) => Ax(x).map((v, i) => v - b[i]!),
  };
}

describe('gradientDescent', () => {
  it('takes exactly x − lr·∇f(x) as its first step', () => {
    const { f, grad } = quadratic([[2, 0], [0, 4]], [2, 4]);
    const r = gradientDescent(f, grad, [3, -1], { lr: 0.1, maxIter: 1 });
    // ∇f(3, −1) = (2·3 − 2, 4·(−1) − 4) = (4, −8)
    expect(r.iterations).toBe(1);
    expectNear(r.x[0], 3 - 0.1 * 4, { atol: 1e-15 }, 'x[0] after one step');
    expectNear(r.x[1], -1 + 0.1 * 8, { atol: 1e-15 }, 'x[1] after one step');
    expectNear(r.fx, f(r.x), { atol: 1e-15 }, 'fx is f at the returned x');
    expect(r.converged).toBe(false);
  });
  it('follows the heavy-ball update v ← μv − lr·∇f(x), x ← x + v', () => {
    const { f, grad } = quadratic([[3, 1], [1, 2]], [1, -1]);
    const lr = 0.05;
    const mu = 0.9;
    let x = [2, 2];
    let v = [0, 0];
    for (let step = 1; step <= 3; step++) {
      const g = grad(x);
      v = v.map((vi, i) => mu * vi - lr * g[i]!);
      x = x.map((xi, i) => xi + v[i]!);
      const r = gradientDescent(f, grad, [2, 2], { lr, momentum: mu, maxIter: step });
      expect(r.iterations).toBe(step);
      x.forEach((e, i) => expectNear(r.x[i], e, { atol: 1e-12 }, `x[${i}] after ${step} momentum steps`));
    }
  });
  it('converges to the closed-form minimum A⁻¹b of random convex quadratics', () => {
    const rng = mulberry32(31);
    for (let trial = 0; trial < 10; trial++) {
      const n = 2 + (trial % 4);
      const eig = Array.from({ length: n }, () => 0.5 + 4.5 * rng());
      const { A } = symmetricWithEigenvalues(rng, eig);
      const b = Array.from({ length: n }, () => 4 * rng() - 2);
      const { f, grad } = quadratic(A, b);
      const expected = mlSolve(new Matrix(A), Matrix.columnVector(b)).to1DArray();
      const lMax = Math.max(...new EigenvalueDecomposition(new Matrix(A), { assumeSymmetric: true }).realEigenvalues);
      const r = gradientDescent(f, grad, new Array(n).fill(0), { lr: 1 / lMax, maxIter: 5000, tol: 1e-10 });
      expect(r.converged, `converged on A=${show(A)}`).toBe(true);
      expected.forEach((e, i) => expectNear(r.x[i], e, { atol: 1e-6 }, `minimiser[${i}] for A=${show(A)}, b=${show(b)}`));
    }
  });
  it('stops as soon as ‖∇f‖ ≤ tol: 0 iterations at the minimum', () => {
    const { f, grad } = quadratic([[1, 0], [0, 1]], [1, 2]);
    const r = gradientDescent(f, grad, [1, 2], { lr: 0.1 });
    expect(r.iterations).toBe(0);
    expect(r.converged).toBe(true);
    expect(r.x).toEqual([1, 2]);
  });
  it('needs fewer iterations with momentum on an ill-conditioned quadratic (κ = 100)', () => {
    const { f, grad } = quadratic([[100, 0], [0, 1]], [0, 0]);
    const plain = gradientDescent(f, grad, [1, 1], { lr: 0.01, maxIter: 10000, tol: 1e-8 });
    const heavy = gradientDescent(f, grad, [1, 1], { lr: 0.01, maxIter: 10000, tol: 1e-8, momentum: 0.8 });
    expect(plain.converged).toBe(true);
    expect(heavy.converged).toBe(true);
    expect(heavy.iterations, `momentum ${heavy.iterations} vs plain ${plain.iterations} iterations`).toBeLessThan(plain.iterations / 3);
  });
  it('reports converged: false when maxIter runs out', () => {
    const { f, grad } = quadratic([[1, 0], [0, 1]], [0, 0]);
    const r = gradientDescent(f, grad, [10, 10], { lr: 0.001, maxIter: 5 });
    expect(r.iterations).toBe(5);
    expect(r.converged).toBe(false);
  });
  it('uses the defaults lr = 0.01, tol = 1e-6', () => {
    const { f, grad } = quadratic([[1, 0], [0, 1]], [0, 0]);
    const one = gradientDescent(f, grad, [1, 0], { maxIter: 1 });
    expectNear(one.x[0], 0.99, { atol: 1e-15 }, 'x[0] after one default step');
    // From ‖x‖ = 1, plain GD with lr 0.01 shrinks x by 0.99 a step: ln(1e-6)/ln(0.99) ≈ 1375 steps.
    const all = gradientDescent(f, grad, [1, 0], { maxIter: 5000 });
    expect(all.converged).toBe(true);
    expect(all.iterations).toBe(Math.ceil(Math.log(1e-6) / Math.log(0.99)));
  });
  it('does not modify x0', () => {
    const { f, grad } = quadratic([[1, 0], [0, 1]], [0, 0]);
    const x0 = [1, 1];
    gradientDescent(f, grad, x0, { lr: 0.1, maxIter: 10 });
    expect(x0).toEqual([1, 1]);
  });
});
