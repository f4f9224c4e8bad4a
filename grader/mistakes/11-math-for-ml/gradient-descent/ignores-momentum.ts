// Mistake: recomputes the velocity from the current gradient only, so momentum never builds up.
/**
 * Gradient descent with optional (heavy-ball) momentum.
 *
 * Python, the loop every optimiser shares:
 * ```python
 * v = np.zeros_like(x)
 * for it in range(max_iter):
 *     g = grad(x)
 *     if np.linalg.norm(g) <= tol: break
 *     v = momentum * v - lr * g
 *     x = x + v
 * ```
 */
export interface GradientDescentOptions {
  /** Step size. @default 0.01 */
  lr?: number;
  /** The most updates to make. @default 1000 */
  maxIter?: number;
  /** Converged when ‖∇f(x)‖₂ ≤ tol. @default 1e-6 */
  tol?: number;
  /** Momentum coefficient μ in [0, 1): v ← μv − lr·∇f(x), x ← x + v. 0 is plain gradient descent. @default 0 */
  momentum?: number;
}

export interface GradientDescentResult {
  /** The final point. */
  x: number[];
  /** f at the final point. */
  fx: number;
  /** The number of updates made. */
  iterations: number;
  /** Whether the gradient norm fell to tol (false when maxIter ran out first). */
  converged: boolean;
}

export function gradientDescent(
  f: (x: number[]) => number,
  grad: (x: number[]) => number[],
  x0: readonly number[],
  opts: GradientDescentOptions = {},
): GradientDescentResult {
  const { lr = 0.01, maxIter = 1000, tol = 1e-6, momentum = 0 } = opts;
  let x = [...x0]; // never move the caller's array
  let v = new Array<number>(x.length).fill(0);
  let iterations = 0;
  let converged = false;
  for (;;) {
    const g = grad([...x]);
    if (Math.hypot(...g) <= tol) {
      converged = true;
      break;
    }
    if (iterations >= maxIter) break;
    // The velocity remembers past steps; with momentum 0 this is x ← x − lr·g.
    v = g.map((gi) => -lr * gi); // the velocity starts over every step
    x = x.map((xi, i) => xi + v[i]!);
    iterations++;
  }
  return { x, fx: f([...x]), iterations, converged };
}
