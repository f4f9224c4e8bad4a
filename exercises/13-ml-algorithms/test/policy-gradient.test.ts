import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { reinforce, softmax } from '../src/policy-gradient.ts';

describe('policy gradient', () => {
  it('computes a stable softmax', () => {
    const p = softmax([1000, 1000]);
    expect(p[0]).toBeCloseTo(0.5, 12);
  });
  it('learns to prefer the arm that pays most', () => {
    const r = reinforce((arm) => [0.1, 0.9][arm]!, 2, { lr: 0.5, steps: 500, rng: mulberry32(1) });
    expect(r.probs[1]!).toBeGreaterThan(0.9);
  });
});
