import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jacobian, numGrad } from '@impl/11-math-for-ml/derivatives';
import { expectNear, show } from './_kit.ts';

/** Rosenbrock's banana function and its analytic gradient. */
const rosen = (x: number[]) => {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
  return s;
};
const rosenGrad = (x: number[]) =>
  x.map((xi, i) => {
    let g = 0;
    if (i < x.length - 1) g += -400 * xi * (x[i + 1]! - xi * xi) - 2 * (1 - xi);
    if (i > 0) g += 200 * (xi - x[i - 1]! ** 2);
    return g;
  });

const point = (n: number) => fc.array(fc.integer({ min: -200, max: 200 }).map((i) => i / 100), { minLength: n, maxLength: n });

describe('numGrad', () => {
  it('differentiates a quadratic (f = x² + 3xy, ∇f(1, 2) = (8, 3))', () => {
    const g = numGrad(([x, y]) => x! * x! + 3 * x! * y!, [1, 2]);
    expectNear(g[0], 8, { atol: 1e-6 }, '∂f/∂x at (1, 2)');
    expectNear(g[1], 3, { atol: 1e-6 }, '∂f/∂y at (1, 2)');
  });
  it('matches the analytic Rosenbrock gradient within 1e-6 (relative) at random points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }).chain(point), (x) => {
        const expected = rosenGrad(x);
        const g = numGrad(rosen, x);
        expect(g.length).toBe(x.length);
        expected.forEach((e, i) => expectNear(g[i], e, { rtol: 1e-6, atol: 1e-6 }, `numGrad(rosenbrock, ${show(x)})[${i}]`));
      }),
      { numRuns: 40 },
    );
  });
  it('uses central differences: accurate on a cubic where a forward difference is off by ~3h·x', () => {
    // f = x³ at x = 2: forward (f(x+h) − f(x))/h ≈ 12 + 6h; central ≈ 12 + h².
    const g = numGrad(([x]) => x! ** 3, [2], 1e-3);
    expectNear(g[0], 12, { atol: 2e-6 }, 'numGrad(x³, [2], 1e-3)');
  });
  it('is exact at the Rosenbrock minimum (1, 1, 1): the gradient is 0', () => {
    numGrad(rosen, [1, 1, 1]).forEach((gi, i) => expectNear(gi, 0, { atol: 1e-6 }, `∇f(1,1,1)[${i}]`));
  });
  it('does not modify x and hands f arrays it may keep', () => {
    const x = [0.5, -1.5];
    const seen: number[][] = [];
    numGrad((v) => {
      seen.push(v);
      return v[0]! * v[1]!;
    }, x);
    expect(x).toEqual([0.5, -1.5]);
    expect(seen.length).toBe(4);
    // Each evaluation point moved exactly one coordinate by ±h.
    for (const v of seen) expect(v.filter((vi, i) => vi !== x[i]).length).toBe(1);
  });
});

describe('jacobian', () => {
  it('is m×n with row i the gradient of output i (polar → Cartesian)', () => {
    const f = ([r, t]: number[]) => [r! * Math.cos(t!), r! * Math.sin(t!)];
    const [r, t] = [2, 0.7];
    const J = jacobian(f, [r, t]);
    const expected = [
      [Math.cos(t), -r * Math.sin(t)],
      [Math.sin(t), r * Math.cos(t)],
    ];
    expect(J.length).toBe(2);
    expected.forEach((row, i) => row.forEach((e, j) => expectNear(J[i]![j], e, { atol: 1e-6 }, `J[${i}][${j}] at (r, θ) = (2, 0.7)`)));
  });
  it('handles a map from ℝ³ to ℝ² (non-square Jacobian)', () => {
    const f = ([x, y, z]: number[]) => [x! * y!, y! + z! * z!];
    const J = jacobian(f, [1, 2, 3]);
    const expected = [[2, 1, 0], [0, 1, 6]];
    expect(J.length).toBe(2);
    expected.forEach((row, i) => {
      expect(J[i]?.length, `length of row ${i}`).toBe(3);
      row.forEach((e, j) => expectNear(J[i]![j], e, { atol: 1e-6 }, `J[${i}][${j}] at (1, 2, 3)`));
    });
  });
  it('equals the gradient for a scalar map wrapped as a 1-vector', () => {
    fc.assert(
      fc.property(point(3), (x) => {
        const J = jacobian((v) => [rosen(v)], x);
        const expected = rosenGrad(x);
        expected.forEach((e, j) => expectNear(J[0]![j], e, { rtol: 1e-6, atol: 1e-6 }, `jacobian([rosenbrock], ${show(x)})[0][${j}]`));
      }),
      { numRuns: 30 },
    );
  });
  it('does not modify x', () => {
    const x = [1, 2];
    jacobian((v) => [v[0]! + v[1]!, v[0]! * v[1]!], x);
    expect(x).toEqual([1, 2]);
  });
});
