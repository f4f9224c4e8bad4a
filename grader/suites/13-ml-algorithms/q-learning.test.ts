import { describe, expect, it } from 'vitest';
import { type Env, epsilonGreedy, qLearning } from '@impl/13-ml-algorithms/q-learning';
import { expectNear, mulberry32, show } from './_kit.ts';

/**
 * A deterministic 4×4 gridworld: start top-left, goal bottom-right (+1, ends), a pit at (1, 1) and
 * (2, 3) (−1, ends), walls at the border keep you in place. Actions: 0 up, 1 right, 2 down, 3 left.
 */
function gridworld(): Env & { terminal: Set<number> } {
  const size = 4;
  const goal = 15;
  const pits = new Set([5, 11]);
  return {
    nStates: 16,
    nActions: 4,
    terminal: new Set([goal, ...pits]),
    reset: () => 0,
    step(state, action) {
      let r = Math.floor(state / size);
      let c = state % size;
      if (action === 0) r = Math.max(0, r - 1);
      if (action === 1) c = Math.min(size - 1, c + 1);
      if (action === 2) r = Math.min(size - 1, r + 1);
      if (action === 3) c = Math.max(0, c - 1);
      const nextState = r * size + c;
      if (nextState === goal) return { nextState, reward: 1, done: true };
      if (pits.has(nextState)) return { nextState, reward: -1, done: true };
      return { nextState, reward: -0.01, done: false };
    },
  };
}

/** Value iteration on the same environment: the optimal Q*. */
function valueIteration(env: Env & { terminal: Set<number> }, gamma: number): number[][] {
  const Q = Array.from({ length: env.nStates }, () => new Array(env.nActions).fill(0) as number[]);
  for (let sweep = 0; sweep < 1000; sweep++) {
    let delta = 0;
    for (let s = 0; s < env.nStates; s++) {
      if (env.terminal.has(s)) continue;
      for (let a = 0; a < env.nActions; a++) {
        const { nextState, reward, done } = env.step(s, a);
        const v = done ? reward : reward + gamma * Math.max(...Q[nextState]!);
        delta = Math.max(delta, Math.abs(v - Q[s]![a]!));
        Q[s]![a] = v;
      }
    }
    if (delta < 1e-14) break;
  }
  return Q;
}

describe('qLearning', () => {
  it('learns a greedy policy that is optimal in every non-terminal state (value iteration as the oracle)', () => {
    const env = gridworld();
    const Qstar = valueIteration(env, 0.9);
    const { policy } = qLearning(env, { alpha: 0.5, gamma: 0.9, epsilon: 0.3, episodes: 3000, maxSteps: 50, rng: mulberry32(1) });
    for (let s = 0; s < env.nStates; s++) {
      if (env.terminal.has(s)) continue;
      const best = Math.max(...Qstar[s]!);
      expect(Qstar[s]![policy[s]!]!, `state ${s}: policy picks action ${policy[s]}, Q* row ${show(Qstar[s])}`).toBeGreaterThan(best - 1e-9);
    }
  });
  it('converges to Q* exactly with alpha = 1 and uniform exploration in a deterministic world', () => {
    const env = gridworld();
    const Qstar = valueIteration(env, 0.9);
    const { Q } = qLearning(env, { alpha: 1, gamma: 0.9, epsilon: 1, episodes: 3000, maxSteps: 60, rng: mulberry32(2) });
    for (let s = 0; s < env.nStates; s++) {
      if (env.terminal.has(s)) continue;
      expectNear(Q[s], Qstar[s], { atol: 1e-9 }, `Q[${s}]`);
    }
  });
  it('applies Q ← Q + α(r + γ·max Q[s′] − Q) step by step (scripted two-state chain)', () => {
    // State 0 --action 0--> state 1 (reward 1), state 1 --any--> terminal (reward 2). Greedy, ties to action 0.
    const env: Env = {
      nStates: 3,
      nActions: 2,
      reset: () => 0,
      step: (s) => (s === 0 ? { nextState: 1, reward: 1, done: false } : { nextState: 2, reward: 2, done: true }),
    };
    const { Q } = qLearning(env, { alpha: 0.5, gamma: 0.9, epsilon: 0, episodes: 2, maxSteps: 10, rng: mulberry32(3) });
    // Episode 1: Q[0][0] = 0.5·(1 + 0.9·0) = 0.5; Q[1][0] = 0.5·2 = 1.
    // Episode 2: Q[0][0] = 0.5 + 0.5·(1 + 0.9·1 − 0.5) = 1.2; Q[1][0] = 1 + 0.5·(2 − 1) = 1.5.
    expectNear(Q, [[1.2, 0], [1.5, 0], [0, 0]], { atol: 1e-12 }, 'Q after two greedy episodes');
  });
  it('stops an episode at maxSteps', () => {
    let steps = 0;
    const env: Env = { nStates: 1, nActions: 1, reset: () => 0, step: () => (steps++, { nextState: 0, reward: 0, done: false }) };
    qLearning(env, { episodes: 3, maxSteps: 7, rng: mulberry32(4) });
    expect(steps).toBe(21);
  });
  it('is reproducible for the same rng seed', () => {
    const env = gridworld();
    const run = () => qLearning(env, { alpha: 0.3, gamma: 0.95, epsilon: 0.2, episodes: 100, rng: mulberry32(9) }).Q;
    expect(run()).toEqual(run());
  });
});

describe('epsilonGreedy', () => {
  it('exploits with the lowest index among ties and explores with a second draw', () => {
    expect(epsilonGreedy([0, 3, 3], 0, mulberry32(1))).toBe(1);
    const draws = [0.05, 0.9];
    const scripted = () => draws.shift()!;
    expect(epsilonGreedy([5, 0, 0, 0], 0.1, scripted)).toBe(3); // 0.05 < 0.1 explores: ⌊0.9·4⌋ = 3
    expect(epsilonGreedy([5, 0, 0, 0], 0.1, () => 0.5)).toBe(0);
  });
});
