import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compose, pipe } from '@impl/01-functions-decorators/compose';

// A pool of integer functions that do not commute with each other; properties draw indices
// into it, so a counterexample prints as a readable list of numbers.
const pool: Array<(x: number) => number> = [
  (x) => x + 1,
  (x) => x * 2,
  (x) => x - 3,
  (x) => x * x,
  (x) => -x,
  (x) => Math.trunc(x / 2),
  (x) => x % 7,
];
const indices = fc.array(fc.nat(pool.length - 1), { maxLength: 8 });
const x = fc.integer({ min: -50, max: 50 });

/** The definition, spelled out: apply the last function first. */
const byHandRightToLeft = (fs: Array<(x: number) => number>, v: number) => {
  let acc = v;
  for (let i = fs.length - 1; i >= 0; i--) acc = fs[i]!(acc);
  return acc;
};
const byHandLeftToRight = (fs: Array<(x: number) => number>, v: number) => {
  let acc = v;
  for (const f of fs) acc = f(acc);
  return acc;
};

describe('compose', () => {
  it('applies the rightmost function first: compose(inc, double)(5) is 11', () => {
    const inc = (n: number) => n + 1;
    const double = (n: number) => n * 2;
    expect(compose(inc, double)(5)).toBe(11);
    expect(compose(double, inc)(5)).toBe(12);
  });

  it('is the identity when given no functions (returns the same object)', () => {
    const obj = { a: 1 };
    expect(compose()(obj)).toBe(obj);
    expect(compose()(7)).toBe(7);
  });

  it('with one function behaves as that function', () => {
    fc.assert(
      fc.property(fc.nat(pool.length - 1), x, (i, v) => {
        expect(compose(pool[i]!)(v)).toBe(pool[i]!(v));
      }),
      { includeErrorInReport: true },
    );
  });

  it('matches f(g(h(x))) written out by hand for random chains', () => {
    fc.assert(
      fc.property(indices, x, (is, v) => {
        const fs = is.map((i) => pool[i]!);
        expect(compose(...fs)(v)).toBe(byHandRightToLeft(fs, v));
      }),
      { includeErrorInReport: true },
    );
  });

  it('has the identity as a neutral element on both sides', () => {
    const id = <T>(v: T) => v;
    fc.assert(
      fc.property(indices, x, (is, v) => {
        const f = compose(...is.map((i) => pool[i]!));
        expect(compose(id, f)(v)).toBe(f(v));
        expect(compose(f, id)(v)).toBe(f(v));
      }),
      { includeErrorInReport: true },
    );
  });

  it('is associative: compose(compose(f, g), h) equals compose(f, compose(g, h))', () => {
    fc.assert(
      fc.property(indices, indices, indices, x, (a, b, c, v) => {
        const [f, g, h] = [a, b, c].map((is) => (n: number) => byHandRightToLeft(is.map((i) => pool[i]!), n));
        expect(compose(compose(f!, g!), h!)(v)).toBe(compose(f!, compose(g!, h!))(v));
      }),
      { includeErrorInReport: true },
    );
  });

  it('calls each function exactly once per call, innermost first', () => {
    const order: string[] = [];
    const f = vi.fn((s: string) => (order.push('f'), `f(${s})`));
    const g = vi.fn((s: string) => (order.push('g'), `g(${s})`));
    const h = vi.fn((s: string) => (order.push('h'), `h(${s})`));
    expect(compose(f, g, h)('x')).toBe('f(g(h(x)))');
    expect(order).toEqual(['h', 'g', 'f']);
    expect([f.mock.calls.length, g.mock.calls.length, h.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it('lets the type change along the chain', () => {
    const len = (s: string) => s.length;
    const show = (n: number) => `n=${n}`;
    expect(compose(show, len)('hello')).toBe('n=5');
  });

  it('can be called many times with the same result (no state kept between calls)', () => {
    const c = compose((n: number) => n + 1, (n: number) => n * 10);
    expect([c(1), c(1), c(2)]).toEqual([11, 11, 21]);
  });
});

describe('pipe', () => {
  it('applies the leftmost function first: pipe(inc, double)(5) is 12', () => {
    const inc = (n: number) => n + 1;
    const double = (n: number) => n * 2;
    expect(pipe(inc, double)(5)).toBe(12);
  });

  it('is the identity when given no functions', () => {
    const obj = { a: 1 };
    expect(pipe()(obj)).toBe(obj);
  });

  it('matches h(g(f(x))) written out by hand for random chains', () => {
    fc.assert(
      fc.property(indices, x, (is, v) => {
        const fs = is.map((i) => pool[i]!);
        expect(pipe(...fs)(v)).toBe(byHandLeftToRight(fs, v));
      }),
      { includeErrorInReport: true },
    );
  });

  it('equals compose of the reversed list', () => {
    fc.assert(
      fc.property(indices, x, (is, v) => {
        const fs = is.map((i) => pool[i]!);
        expect(pipe(...fs)(v)).toBe(compose(...[...fs].reverse())(v));
      }),
      { includeErrorInReport: true },
    );
  });

  it('calls each function exactly once per call, left to right', () => {
    const order: string[] = [];
    const f = vi.fn((n: number) => (order.push('f'), n + 1));
    const g = vi.fn((n: number) => (order.push('g'), n * 3));
    expect(pipe(f, g)(1)).toBe(6);
    expect(order).toEqual(['f', 'g']);
  });
});
