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
  const m = Math.max(...theta);
  const e = theta.map((t) => Math.exp(t - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** ∇θ log softmax(θ)ₐ = onehot(a) − softmax(θ). */
export function logSoftmaxGrad(theta: readonly number[], action: number): number[] {
  return softmax(theta).map((p, i) => (i === action ? 1 : 0) - p);
}

/** The exact gradient of J(θ) = Σₐ πₐ μₐ: ∂J/∂θ_b = π_b (μ_b − J). */
export function expectedRewardGrad(theta: readonly number[], means: readonly number[]): number[] {
  const pi = softmax(theta);
  const J = pi.reduce((s, p, a) => s + p * means[a]!, 0);
  return pi.map((p, b) => p * (means[b]! - J));
}

/** Sample an arm: the first a with u < π₀ + … + πₐ, for u = rng(). */
export function sampleArm(probs: readonly number[], rng: () => number): number {
  const u = rng();
  let acc = 0;
  for (let a = 0; a < probs.length; a++) {
    acc += probs[a]!;
    if (u < acc) return a;
  }
  return probs.length - 1; // u rounded past the last cumulative sum
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
  const { lr = 0.1, steps = 1000, baseline = true, rng } = opts;
  const theta = opts.theta0 ? [...opts.theta0] : new Array<number>(k).fill(0);
  const rewards: number[] = [];
  let b = 0;
  for (let t = 0; t < steps; t++) {
    const pi = softmax(theta);
    const a = sampleArm(pi, rng);
    const r = pull(a);
    const advantage = baseline ? r - b : r;
    // The score function onehot(a) − π also lowers the preferences of the arms not pulled.
    for (let i = 0; i < k; i++) theta[i]! += lr * advantage * ((i === a ? 1 : 0) - pi[i]!);
    rewards.push(r);
    b += (r - b) / (t + 1); // the mean of the rewards so far, used from the next step on
  }
  return { theta, probs: softmax(theta), rewards };
}
