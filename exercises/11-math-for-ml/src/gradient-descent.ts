import { todo } from '@roadmap/todo';

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
  // TODO: the loop above; copy x0 and count the updates.
  return todo('gradientDescent');
}
