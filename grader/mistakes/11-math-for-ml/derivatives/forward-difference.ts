// Mistake: uses the forward difference (f(x + h) − f(x)) / h, accurate only to O(h).
/**
 * Numerical derivatives by central differences.
 *
 * Python: `scipy.optimize.approx_fprime` uses forward differences; this is the more accurate
 * central form `(f(x + h eᵢ) − f(x − h eᵢ)) / 2h`, whose error shrinks like h² instead of h.
 */

/** The gradient of a scalar function `f: ℝⁿ → ℝ` at `x`. `x` is left unchanged. */
export function numGrad(f: (x: number[]) => number, x: readonly number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    // Fresh copies: f may keep the array it receives, and x must not change.
    const up = [...x];
    up[i]! += h;
    return (f(up) - f([...x])) / h;
  });
}

/** The Jacobian of `f: ℝⁿ → ℝᵐ` at `x`: an m×n matrix, row i is the gradient of output i. */
export function jacobian(f: (x: number[]) => number[], x: readonly number[], h = 1e-5): number[][] {
  const cols = x.map((_, j) => {
    const up = [...x];
    const down = [...x];
    up[j]! += h;
    down[j]! -= h;
    const fu = f(up);
    const fd = f(down);
    return fu.map((v, i) => (v - fd[i]!) / (2 * h));
  });
  const m = cols.length === 0 ? f([...x]).length : cols[0]!.length;
  return Array.from({ length: m }, (_, i) => cols.map((c) => c[i]!));
}
