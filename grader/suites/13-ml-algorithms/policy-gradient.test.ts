import { describe, expect, it } from 'vitest';
import { expectedRewardGrad, logSoftmaxGrad, reinforce, sampleArm, softmax } from '@impl/13-ml-algorithms/policy-gradient';
import { expectNear, mulberry32, show } from './_kit.ts';

const J = (theta: number[], means: number[]) => {
  const m = Math.max(...theta);
  const e = theta.map((t) => Math.exp(t - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.reduce((acc, v, a) => acc + (v / s) * means[a]!, 0);
};
const logPi = (theta: number[], a: number) => {
  const m = Math.max(...theta);
  return theta[a]! - m - Math.log(theta.reduce((s, t) => s + Math.exp(t - m), 0));
};
const fd = (f: (t: number[]) => number, theta: number[], h = 1e-6) =>
  theta.map((_, i) => {
    const up = [...theta];
    const down = [...theta];
    up[i]! += h;
    down[i]! -= h;
    return (f(up) - f(down)) / (2 * h);
  });

describe('softmax and its gradients', () => {
  it('is a probability vector and stable for large preferences', () => {
    expectNear(softmax([0, 0, 0, 0]), [0.25, 0.25, 0.25, 0.25], { atol: 1e-15 }, 'softmax(zeros)');
    expectNear(softmax([1000, 1000]), [0.5, 0.5], { atol: 1e-15 }, 'softmax([1000, 1000])');
    expectNear(softmax([0, Math.log(3)]), [0.25, 0.75], { atol: 1e-15 }, 'softmax([0, ln 3])');
  });
  it('gives ∇log π(a) = onehot(a) − π, matching finite differences', () => {
    const rng = mulberry32(1);
    for (let trial = 0; trial < 20; trial++) {
      const theta = Array.from({ length: 2 + (trial % 4) }, () => 4 * rng() - 2);
      const a = trial % theta.length;
      expectNear(logSoftmaxGrad(theta, a), fd((t) => logPi(t, a), theta), { atol: 1e-7 }, `logSoftmaxGrad(${show(theta)}, ${a})`);
    }
  });
  it('gives the exact gradient of the expected reward, matching finite differences', () => {
    const rng = mulberry32(2);
    for (let trial = 0; trial < 20; trial++) {
      const k = 2 + (trial % 4);
      const theta = Array.from({ length: k }, () => 4 * rng() - 2);
      const means = Array.from({ length: k }, () => rng());
      expectNear(expectedRewardGrad(theta, means), fd((t) => J(t, means), theta), { atol: 1e-7 }, `expectedRewardGrad(${show(theta)}, ${show(means)})`);
    }
  });
});

describe('sampleArm', () => {
  it('returns the first arm whose cumulative probability exceeds u', () => {
    expect(sampleArm([0.2, 0.5, 0.3], () => 0.1)).toBe(0);
    expect(sampleArm([0.2, 0.5, 0.3], () => 0.2)).toBe(1);
    expect(sampleArm([0.2, 0.5, 0.3], () => 0.69)).toBe(1);
    expect(sampleArm([0.2, 0.5, 0.3], () => 0.71)).toBe(2);
  });
  it('draws arms with the right frequencies', () => {
    const rng = mulberry32(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[sampleArm([0.1, 0.6, 0.3], rng)]!++;
    expectNear(counts.map((c) => c / 20000), [0.1, 0.6, 0.3], { atol: 0.02 }, 'empirical frequencies');
  });
});

describe('reinforce', () => {
  it('makes the update θ ← θ + lr·(r − b)·(onehot(a) − π), with b = 0 before the first pull', () => {
    // u = 0.5 with uniform π over 3 arms picks arm 1; it pays 2.
    const r = reinforce(() => 2, 3, { lr: 0.1, steps: 1, rng: () => 0.5 });
    expectNear(r.theta, [0.1 * 2 * (0 - 1 / 3), 0.1 * 2 * (1 - 1 / 3), 0.1 * 2 * (0 - 1 / 3)], { atol: 1e-15 }, 'theta after one step');
    expect(r.rewards).toEqual([2]);
  });
  it('subtracts the mean of the previous rewards as the baseline', () => {
    const pays = [2, 5];
    const r = reinforce((arm) => pays[arm]!, 2, { lr: 0.5, steps: 2, rng: () => 0.99 }); // always the last arm while π is near uniform
    // Step 1: arm 1, r = 5, b = 0: θ = 0.5·5·(−0.5, 0.5) = (−1.25, 1.25).
    const pi = [Math.exp(-1.25), Math.exp(1.25)].map((v, _, a) => v / (a[0]! + a[1]!));
    // Step 2: arm 1 again, r = 5, b = 5: no change.
    expectNear(r.theta, [-1.25, 1.25], { atol: 1e-12 }, `theta after two pulls (π after step 1: ${show(pi)})`);
    const noBaseline = reinforce((arm) => pays[arm]!, 2, { lr: 0.5, steps: 2, rng: () => 0.99, baseline: false });
    expectNear(noBaseline.theta, [-1.25 - 2.5 * pi[0]!, 1.25 + 2.5 * (1 - pi[1]!)], { atol: 1e-12 }, 'theta without a baseline');
  });
  it('converges to the best arm of a Bernoulli bandit', () => {
    const means = [0.2, 0.5, 0.8, 0.4];
    const env = mulberry32(10);
    const r = reinforce((a) => (env() < means[a]! ? 1 : 0), 4, { lr: 0.2, steps: 3000, rng: mulberry32(11) });
    expect(r.probs[2], `final policy ${show(r.probs)}`).toBeGreaterThan(0.9);
    expectNear(r.probs, softmax(r.theta), { atol: 1e-15 }, 'probs = softmax(theta)');
    expect(r.rewards.length).toBe(3000);
  });
  it('is reproducible for the same generators', () => {
    const run = () => {
      const env = mulberry32(5);
      return reinforce((a) => env() * (a + 1), 3, { steps: 200, rng: mulberry32(6) }).theta;
    };
    expect(run()).toEqual(run());
  });
});
