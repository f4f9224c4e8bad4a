import { todo } from '@roadmap/todo';

/**
 * Numerical derivatives by central differences.
 *
 * Python: `scipy.optimize.approx_fprime` uses forward differences; this is the more accurate
 * central form `(f(x + h eᵢ) − f(x − h eᵢ)) / 2h`, whose error shrinks like h² instead of h.
 */

/** The gradient of a scalar function `f: ℝⁿ → ℝ` at `x`. `x` is left unchanged. */
export function numGrad(f: (x: number[]) => number, x: readonly number[], h = 1e-5): number[] {
  // TODO: one central difference per coordinate, each on fresh copies of x.
  return todo('numGrad');
}

/** The Jacobian of `f: ℝⁿ → ℝᵐ` at `x`: an m×n matrix, row i is the gradient of output i. */
export function jacobian(f: (x: number[]) => number[], x: readonly number[], h = 1e-5): number[][] {
  // TODO: central differences of the whole output vector, one input coordinate (column) at a time.
  return todo('jacobian');
}
