import { todo } from '@roadmap/todo';

/**
 * Tabular Q-learning on a small episodic environment.
 *
 * ```python
 * Q = np.zeros((n_states, n_actions))
 * for episode in range(episodes):
 *     s = env.reset()
 *     for t in range(max_steps):
 *         a = rng.integers(n_actions) if rng.random() < epsilon else np.argmax(Q[s])
 *         s2, r, done = env.step(s, a)
 *         target = r if done else r + gamma * Q[s2].max()
 *         Q[s, a] += alpha * (target - Q[s, a])
 *         s = s2
 *         if done: break
 * ```
 */
export interface Env {
  nStates: number;
  nActions: number;
  /** The start state of a new episode. */
  reset(): number;
  /** The deterministic (or not) effect of taking `action` in `state`. */
  step(state: number, action: number): { nextState: number; reward: number; done: boolean };
}

export interface QLearningOptions {
  /** Learning rate. @default 0.1 */
  alpha?: number;
  /** Discount factor. @default 0.99 */
  gamma?: number;
  /** Exploration probability of ε-greedy. @default 0.1 */
  epsilon?: number;
  /** @default 500 */
  episodes?: number;
  /** Steps after which an episode is cut off. @default 100 */
  maxSteps?: number;
  /** Uniform [0, 1) generator driving exploration (e.g. mulberry32(seed)). */
  rng: () => number;
}

export interface QLearningResult {
  /** Q[s][a], the learned action values. */
  Q: number[][];
  /** The greedy action of each state. */
  policy: number[];
}

/** Index of the largest entry; ties go to the lowest index. */
export function argmax(values: readonly number[]): number {
  // TODO: implement argmax (see the doc comment).
  return todo('argmax');
}

/**
 * ε-greedy choice: draw u = rng(); if u < epsilon, explore with the action ⌊rng()·nActions⌋
 * (a second draw); otherwise take argmax(qRow).
 */
export function epsilonGreedy(qRow: readonly number[], epsilon: number, rng: () => number): number {
  // TODO: implement epsilonGreedy (see the doc comment).
  return todo('epsilonGreedy');
}

export function qLearning(env: Env, opts: QLearningOptions): QLearningResult {
  // TODO: the loop above, with epsilonGreedy for the behaviour and the max for the target.
  return todo('qLearning');
}
