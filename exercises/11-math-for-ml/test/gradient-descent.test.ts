import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../src/gradient-descent.ts';

describe('gradientDescent', () => {
  const f = ([x, y]: number[]) => (x! - 1) ** 2 + 2 * (y! + 2) ** 2;
  const grad = ([x, y]: number[]) => [2 * (x! - 1), 4 * (y! + 2)];

  it('takes one step of x − lr·∇f(x)', () => {
    const r = gradientDescent(f, grad, [0, 0], { lr: 0.1, maxIter: 1 });
    expect(r.x[0]).toBeCloseTo(0.2, 12);
    expect(r.x[1]).toBeCloseTo(-0.8, 12);
  });
  it('converges to the minimum (1, −2)', () => {
    const r = gradientDescent(f, grad, [0, 0], { lr: 0.1, tol: 1e-9 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(-2, 6);
  });
});
