import { describe, expect, it } from 'vitest';
import { binomPmf, normalCdf, normalPpf, poissonPmf } from '../src/distributions.ts';

describe('distributions', () => {
  it('computes binomial and Poisson probabilities', () => {
    expect(binomPmf(2, 4, 0.5)).toBeCloseTo(0.375, 12);
    expect(poissonPmf(0, 2)).toBeCloseTo(Math.exp(-2), 12);
  });
  it('computes Φ(1.96) like SciPy', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 9);
  });
  it('inverts Φ', () => {
    expect(normalPpf(0.975)).toBeCloseTo(1.959963984540054, 9);
  });
});
