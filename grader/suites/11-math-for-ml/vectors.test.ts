import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosine, dot, norm, projectOnto } from '@impl/11-math-for-ml/vectors';
import { expectNear, show } from './_kit.ts';

// Two-decimal entries in [-100, 100]: no subnormals, so floating-point identities hold to a few ulps.
const entry = fc.integer({ min: -10000, max: 10000 }).map((i) => i / 100);
const vec = (n: number) => fc.array(entry, { minLength: n, maxLength: n });
const pair = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(vec(n), vec(n)));
const l2 = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('dot', () => {
  it('sums the products of matching entries', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(dot([], [])).toBe(0);
  });
  it('throws a RangeError when the lengths differ', () => {
    expect(() => dot([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
  it('is symmetric and bilinear on random vectors', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: -1000, max: 1000 }).map((i) => i / 100), ([a, b], k) => {
        expect(dot(a, b)).toBe(dot(b, a));
        const scaled = a.map((x) => k * x);
        expectNear(dot(scaled, b), k * dot(a, b), { atol: 1e-9 * (1 + l2(a) * l2(b) * Math.abs(k)) }, `dot(${k}·${show(a)}, ${show(b)})`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('norm', () => {
  it('defaults to the Euclidean norm', () => {
    expect(norm([3, 4])).toBe(5);
    expect(norm([3, -4], 2)).toBe(5);
  });
  it('sums absolute values for p = 1', () => {
    expect(norm([3, -4, 1], 1)).toBe(8);
    expect(norm([-1, -2], 1)).toBe(3);
  });
  it('takes the largest absolute value for p = Infinity', () => {
    expect(norm([3, -7, 5], Infinity)).toBe(7);
  });
  it('uses absolute values for a general p (p = 3: (1 + 8 + 27)^(1/3))', () => {
    expectNear(norm([1, -2, 3], 3), 36 ** (1 / 3), { rtol: 1e-12 }, 'norm([1, -2, 3], 3)');
  });
  it('gives 0 for the empty vector', () => {
    expect(norm([])).toBe(0);
  });
  it('rejects p < 1 with a RangeError', () => {
    expect(() => norm([1, 2], 0.5)).toThrow(RangeError);
  });
  it('satisfies the triangle inequality for p = 1, 2, 3 and Infinity', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom(1, 2, 3, Infinity), ([a, b], p) => {
        const sum = a.map((x, i) => x + b[i]!);
        expect(norm(sum, p)).toBeLessThanOrEqual((norm(a, p) + norm(b, p)) * (1 + 1e-12) + 1e-12);
      }),
      { numRuns: 40 },
    );
  });
  it('is absolutely homogeneous: ‖k·v‖ = |k|·‖v‖', () => {
    fc.assert(
      fc.property(vec(5), fc.integer({ min: -1000, max: 1000 }).map((i) => i / 100), fc.constantFrom(1, 2, 4, Infinity), (v, k, p) => {
        expectNear(norm(v.map((x) => k * x), p), Math.abs(k) * norm(v, p), { rtol: 1e-12, atol: 1e-300 }, `norm(${k}·${show(v)}, ${p})`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('cosine', () => {
  it('is 1 for parallel, -1 for opposite and 0 for orthogonal vectors', () => {
    expectNear(cosine([1, 2], [2, 4]), 1, { atol: 1e-12 }, 'cosine([1,2],[2,4])');
    expectNear(cosine([1, 2], [-3, -6]), -1, { atol: 1e-12 }, 'cosine([1,2],[-3,-6])');
    expect(cosine([1, 0], [0, 5])).toBe(0);
  });
  it('divides by both norms (cosine([1, 1], [1, 0]) = 1/√2)', () => {
    expectNear(cosine([1, 1], [1, 0]), Math.SQRT1_2, { atol: 1e-12 }, 'cosine([1,1],[1,0])');
  });
  it('is NaN when a vector is all zeros', () => {
    expect(cosine([0, 0], [1, 2])).toBeNaN();
  });
  it('stays within [-1, 1] and obeys Cauchy–Schwarz on random vectors', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        fc.pre(l2(a) > 1e-3 && l2(b) > 1e-3);
        const c = cosine(a, b);
        expect(Math.abs(c)).toBeLessThanOrEqual(1);
        expectNear(c, dot(a, b) / (l2(a) * l2(b)), { atol: 1e-12 }, `cosine(${show(a)}, ${show(b)})`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('projectOnto', () => {
  it('projects onto an axis', () => {
    expect(projectOnto([3, 4], [1, 0])).toEqual([3, 0]);
    expect(projectOnto([3, 4], [0, 2])).toEqual([0, 4]);
  });
  it('scales by v·u / u·u (not by ‖u‖)', () => {
    const p = projectOnto([2, 0], [1, 1]);
    expectNear(p[0], 1, { atol: 1e-12 }, 'projectOnto([2,0],[1,1])[0]');
    expectNear(p[1], 1, { atol: 1e-12 }, 'projectOnto([2,0],[1,1])[1]');
  });
  it('leaves a residual orthogonal to the target and is idempotent', () => {
    fc.assert(
      fc.property(pair, ([v, u]) => {
        fc.pre(l2(u) > 1e-2);
        const p = projectOnto(v, u);
        const residual = v.map((x, i) => x - p[i]!);
        const r = residual.reduce((s, x, i) => s + x * u[i]!, 0);
        expectNear(r, 0, { atol: 1e-9 * (1 + l2(v) * l2(u)) }, `(v − proj)·u for v=${show(v)}, u=${show(u)}`);
        const again = projectOnto(p, u);
        again.forEach((x, i) => expectNear(x, p[i]!, { atol: 1e-9 * (1 + l2(v)) }, `projecting twice, entry ${i}`));
      }),
      { numRuns: 40 },
    );
  });
  it('throws a RangeError for the zero vector', () => {
    expect(() => projectOnto([1, 2], [0, 0])).toThrow(RangeError);
  });
  it('does not modify its arguments', () => {
    const v = [1, 2, 3];
    const u = [4, 5, 6];
    projectOnto(v, u);
    cosine(v, u);
    norm(v, 1);
    expect(v).toEqual([1, 2, 3]);
    expect(u).toEqual([4, 5, 6]);
  });
});
