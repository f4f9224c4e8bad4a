import { describe, expect, it } from 'vitest';
import { binomCdf, binomPmf, normalCdf, normalPdf, normalPpf, poissonPmf } from '@impl/11-math-for-ml/distributions';
import golden from './goldens/distributions.json';
import { expectNear } from './_kit.ts';

// SciPy goldens. Closed forms at 1e-12 (relative); where SciPy itself sums logs of large factorials
// (n or k in the hundreds) 1e-9; the normal CDF and its inverse are approximations: 1e-6 relative,
// which still requires the tails to keep their relative precision.

describe('binomPmf and binomCdf', () => {
  it('match scipy.stats.binom for n ≤ 50', () => {
    for (const c of golden.binomSmall) {
      expectNear(binomPmf(c.k, c.n, c.p), c.pmf, { rtol: 1e-12 }, `binomPmf(${c.k}, ${c.n}, ${c.p})`);
      expectNear(binomCdf(c.k, c.n, c.p), c.cdf, { rtol: 1e-12 }, `binomCdf(${c.k}, ${c.n}, ${c.p})`);
    }
  });
  it('match scipy.stats.binom for n up to 1100 (no factorial overflow, no underflow of pᵏ)', () => {
    for (const c of golden.binomLarge) {
      expectNear(binomPmf(c.k, c.n, c.p), c.pmf, { rtol: 1e-9 }, `binomPmf(${c.k}, ${c.n}, ${c.p})`);
      expectNear(binomCdf(c.k, c.n, c.p), c.cdf, { rtol: 1e-9 }, `binomCdf(${c.k}, ${c.n}, ${c.p})`);
    }
  });
  it('handle p = 0, p = 1 and k outside 0..n like SciPy', () => {
    for (const c of golden.binomEdges) {
      expectNear(binomPmf(c.k, c.n, c.p), c.pmf, { rtol: 1e-12 }, `binomPmf(${c.k}, ${c.n}, ${c.p})`);
      expectNear(binomCdf(c.k, c.n, c.p), c.cdf, { rtol: 1e-12 }, `binomCdf(${c.k}, ${c.n}, ${c.p})`);
    }
  });
  it('take the arguments in SciPy order (k, n, p): binomPmf(2, 4, 0.5) = 0.375', () => {
    expectNear(binomPmf(2, 4, 0.5), 0.375, { rtol: 1e-12 }, 'binomPmf(2, 4, 0.5)');
    expectNear(binomPmf(0, 3, 0.1), 0.729, { rtol: 1e-12 }, 'binomPmf(0, 3, 0.1)');
  });
  it('sum to 1 over k = 0..n', () => {
    let s = 0;
    for (let k = 0; k <= 300; k++) s += binomPmf(k, 300, 0.27);
    expectNear(s, 1, { atol: 1e-12 }, 'Σ binomPmf(k, 300, 0.27)');
  });
});

describe('poissonPmf', () => {
  it('matches scipy.stats.poisson.pmf(k, mu)', () => {
    for (const c of golden.poisson) {
      const tol = c.k > 30 || c.mu > 30 ? 1e-9 : 1e-12;
      expectNear(poissonPmf(c.k, c.mu), c.pmf, { rtol: tol }, `poissonPmf(${c.k}, ${c.mu})`);
    }
  });
  it('takes (k, mu) in that order: poissonPmf(0, 2) = e⁻²', () => {
    expectNear(poissonPmf(0, 2), Math.exp(-2), { rtol: 1e-12 }, 'poissonPmf(0, 2)');
    expectNear(poissonPmf(3, 1), Math.exp(-1) / 6, { rtol: 1e-12 }, 'poissonPmf(3, 1)');
  });
  it('is 0 for negative or fractional k', () => {
    expect(poissonPmf(-1, 2)).toBe(0);
    expect(poissonPmf(1.5, 2)).toBe(0);
  });
});

describe('normalPdf', () => {
  it('matches scipy.stats.norm.pdf(x, mu, sigma)', () => {
    for (const c of golden.normalPdf) {
      expectNear(normalPdf(c.x, c.mu, c.sigma), c.pdf, { rtol: 1e-12 }, `normalPdf(${c.x}, ${c.mu}, ${c.sigma})`);
    }
  });
  it('defaults to the standard normal: normalPdf(0) = 1/√(2π)', () => {
    expectNear(normalPdf(0), 1 / Math.sqrt(2 * Math.PI), { rtol: 1e-12 }, 'normalPdf(0)');
  });
});

describe('normalCdf', () => {
  it('gives Φ(1.96) = 0.9750021048517795 (SciPy), not a table value', () => {
    expectNear(normalCdf(1.96), 0.9750021048517795, { rtol: 1e-6 }, 'normalCdf(1.96)');
    expectNear(normalCdf(0), 0.5, { atol: 1e-15 }, 'normalCdf(0)');
  });
  it('matches scipy.stats.norm.cdf, including the far lower tail (Φ(−20) ≈ 2.8e-89)', () => {
    for (const c of golden.normalCdf) {
      expectNear(normalCdf(c.x, c.mu, c.sigma), c.cdf, { rtol: 1e-6 }, `normalCdf(${c.x}, ${c.mu}, ${c.sigma})`);
    }
  });
  it('is monotone on a fine grid', () => {
    let prev = 0;
    for (let x = -8; x <= 8; x += 0.05) {
      const p = normalCdf(x);
      expect(p, `normalCdf(${x}) after ${prev}`).toBeGreaterThanOrEqual(prev);
      prev = p;
    }
  });
});

describe('normalPpf', () => {
  it('gives Φ⁻¹(0.975) = 1.959963984540054 (SciPy)', () => {
    expectNear(normalPpf(0.975), 1.959963984540054, { rtol: 1e-6 }, 'normalPpf(0.975)');
    expectNear(normalPpf(0.5), 0, { atol: 1e-12 }, 'normalPpf(0.5)');
  });
  it('matches scipy.stats.norm.ppf down to p = 1e-300', () => {
    for (const c of golden.normalPpf) {
      expectNear(normalPpf(c.p, c.mu, c.sigma), c.x, { rtol: 1e-6, atol: 1e-9 }, `normalPpf(${c.p}, ${c.mu}, ${c.sigma})`);
    }
  });
  it('gives −Infinity at 0, Infinity at 1 and NaN outside [0, 1]', () => {
    expect(normalPpf(0)).toBe(-Infinity);
    expect(normalPpf(1)).toBe(Infinity);
    expect(normalPpf(1.5)).toBeNaN();
    expect(normalPpf(-0.1)).toBeNaN();
  });
  it('inverts normalCdf', () => {
    for (let x = -6; x <= 6; x += 0.25) {
      expectNear(normalPpf(normalCdf(x)), x, { atol: 1e-6 }, `normalPpf(normalCdf(${x}))`);
    }
  });
});
