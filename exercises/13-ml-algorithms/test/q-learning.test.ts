import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { argmax, type Env, qLearning } from '../src/q-learning.ts';

describe('qLearning', () => {
  it('breaks argmax ties towards the lowest index', () => {
    expect(argmax([1, 3, 3])).toBe(1);
  });
  it('learns to walk right along a corridor to the goal', () => {
    // States 0..4, actions 0 = left, 1 = right; reaching 4 pays 1 and ends the episode.
    const env: Env = {
      nStates: 5,
      nActions: 2,
      reset: () => 0,
      step: (s, a) => {
        const next = Math.max(0, Math.min(4, s + (a === 1 ? 1 : -1)));
        return { nextState: next, reward: next === 4 ? 1 : 0, done: next === 4 };
      },
    };
    const { policy } = qLearning(env, { alpha: 0.5, gamma: 0.9, epsilon: 0.3, episodes: 300, rng: mulberry32(1) });
    expect(policy.slice(0, 4)).toEqual([1, 1, 1, 1]);
  });
});
