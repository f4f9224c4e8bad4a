import { todo } from '@roadmap/todo';

/**
 * REINFORCE (the simplest policy gradient) on a k-armed bandit with a softmax policy.
 *
 * The policy is π(a) = softmax(θ)ₐ. The objective is the expected reward J(θ) = Σₐ π(a)·μₐ,
 * and its gradient can be estimated from one pull: ∇J ≈ (r − b)·∇log π(a), where
 * ∇log π(a) = onehot(a) − π and b is a baseline (the mean reward so far) that lowers the variance
 * without biasing the estimate.
 *
 * ```python
 * theta = np.zeros(k); baseline = 0.0
 * for t in range(steps):
 *     pi = softmax(theta)
 *     a = np.searchsorted(np.cumsum(pi), rng.random(), side="right")
 *     r = pull(a)
 *     theta += lr * (r - baseline) * (np.eye(k)[a] - pi)
 *     baseline += (r - baseline) / (t + 1)
 * ```
 */

/** Python: `scipy.special.softmax(theta)`, stable for large inputs (subtract the max first). */
export function softmax(theta: readonly number[]): number[] {
  // TODO: implement softmax (see the doc comment).
  return todo('softmax');
}

/** ∇θ log softmax(θ)ₐ = onehot(a) − softmax(θ). */
export function logSoftmaxGrad(theta: readonly number[], action: number): number[] {
  // TODO: implement logSoftmaxGrad (see the doc comment).
  return todo('logSoftmaxGrad');
}

/** The exact gradient of J(θ) = Σₐ πₐ μₐ: ∂J/∂θ_b = π_b (μ_b − J). */
export function expectedRewardGrad(theta: readonly number[], means: readonly number[]): number[] {
  // TODO: implement expectedRewardGrad (see the doc comment).
  return todo('expectedRewardGrad');
}

/** Sample an arm: the first a with u < π₀ + … + πₐ, for u = rng(). */
export function sampleArm(probs: readonly number[], rng: () => number): number {
  // TODO: implement sampleArm (see the doc comment).
  return todo('sampleArm');
}

export interface ReinforceOptions {
  /** Step size. @default 0.1 */
  lr?: number;
  /** Number of pulls (one update each). @default 1000 */
  steps?: number;
  /** Subtract the running mean of the previous rewards (0 before the first pull). @default true */
  baseline?: boolean;
  /** Starting preferences. @default zeros */
  theta0?: readonly number[];
  /** Uniform [0, 1) generator for sampling arms. */
  rng: () => number;
}

export interface ReinforceResult {
  theta: number[];
  /** softmax(theta) at the end. */
  probs: number[];
  /** The reward of every pull, in order. */
  rewards: number[];
}

export function reinforce(pull: (arm: number) => number, k: number, opts: ReinforceOptions): ReinforceResult {
  // TODO: the loop above (one rng() draw per step, through sampleArm).
  return todo('reinforce');
}
