import { describe, expect, expectTypeOf, it } from 'vitest';
import { accumulate, batched, pairwise } from '@impl/02-iterators-generators/accumulate';
import goldens from './goldens/accumulate.json';
import { counted, firstN, naturals, reducers } from './_kit.ts';

// Oracle: Python's itertools.accumulate and pairwise, and batched by the recipe in the Python
// documentation (goldens), with the items each pulls from its source.

const reducer = (name: string) => reducers[name] as (a: unknown, b: unknown) => unknown;

describe('accumulate', () => {
  it.each(goldens.accumulate.map((g) => ({ ...g, label: `accumulate(${JSON.stringify(g.source)}, ${g.fn}, initial=${JSON.stringify(g.initial)})` })))('matches Python for $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    // The default fn is +, so "add" is also checked without passing fn.
    const fn = g.fn === 'add' ? undefined : reducer(g.fn);
    const out = g.initial === null ? [...accumulate(src, fn)] : [...accumulate(src, fn, g.initial as unknown)];
    expect({ out, pulls: src.pulls }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('passes the running total as the first argument: accumulate([10, 1, 2], a - b) is 10, 9, 7', () => {
    expect([...accumulate([10, 1, 2], (a, b) => a - b)]).toEqual([10, 9, 7]);
  });

  it('lets the total have another type than the items when an initial value is given', () => {
    const lengths = [...accumulate(['a', 'bb', 'ccc'], (total: number, s: string) => total + s.length, 0)];
    expect(lengths).toEqual([0, 1, 3, 6]);
    expectTypeOf(lengths).toEqualTypeOf<number[]>();
  });
});

describe('pairwise', () => {
  it.each(goldens.pairwise.map((g) => ({ ...g, label: `pairwise(${JSON.stringify(g.source)})` })))('matches Python for $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect({ out: [...pairwise(src)], pulls: src.pulls }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('types the pairs as tuples', () => {
    const pairs = [...pairwise([1, 2, 3])];
    expectTypeOf(pairs).toEqualTypeOf<[number, number][]>();
    expect(pairs).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('batched', () => {
  it.each(goldens.batched.map((g) => ({ ...g, label: `batched(${JSON.stringify(g.source)}, ${g.n})` })))('matches Python for $label', (g) => {
    const src = counted(g.source as Iterable<unknown>);
    expect({ out: [...batched(src, g.n)], pulls: src.pulls }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('throws a RangeError at the call when n < 1', () => {
    expect(() => batched([1, 2], 0)).toThrow(RangeError);
    expect(() => batched([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe('on infinite sources', () => {
  const makers: Record<string, (src: Iterable<number>) => Iterable<unknown>> = {
    accumulate: (src) => accumulate(src),
    accumulateInitial: (src) => accumulate(src, undefined, 100),
    pairwise: (src) => pairwise(src),
    batched3: (src) => batched(src, 3),
  };
  it.each(goldens.infinite.map((g) => ({ ...g, label: `${g.name}, first ${g.take}` })))('pulls only what the results need: $label', (g) => {
    const src = naturals();
    const out = firstN(makers[g.name]!(src), g.take);
    expect({ out, pulls: src.pulls }).toEqual({ out: g.out, pulls: g.pulls });
  });
});
