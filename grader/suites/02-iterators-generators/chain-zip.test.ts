import { describe, expect, expectTypeOf, it } from 'vitest';
import { chain, chainFromIterable, zip, zipLongest } from '@impl/02-iterators-generators/chain-zip';
import goldens from './goldens/chain-zip.json';
import { counted, firstN, naturals } from './_kit.ts';

// Oracle: Python's chain, zip and zip_longest (goldens), with the items each pulls from every
// source measured on counting iterators.

const show = (sources: unknown[]) => sources.map((s) => JSON.stringify(s)).join(', ');

describe('chain', () => {
  it.each(goldens.chain.map((g) => ({ ...g, label: `chain(${show(g.sources)})` })))('matches Python for $label', (g) => {
    const srcs = g.sources.map((s) => counted(s as Iterable<unknown>));
    const out = [...chain(...srcs)];
    expect({ out, pulls: srcs.map((s) => s.pulls) }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('does not touch the next iterable before the current one is used up', () => {
    const a = counted([1, 2]);
    const b = counted([3, 4]);
    const it = chain(a, b)[Symbol.iterator]();
    it.next();
    it.next();
    expect([a.pulls, b.pulls]).toEqual([2, 0]);
    expect(it.next().value).toBe(3);
    expect(b.pulls).toBe(1);
  });

  it('chains an infinite source lazily', () => {
    expect(firstN(chain([-2, -1], naturals()), 4)).toEqual([-2, -1, 0, 1]);
  });
});

describe('chainFromIterable', () => {
  it('takes the iterables from an iterable, one at a time (Python chain.from_iterable)', () => {
    expect([...chainFromIterable([[1, 2], 'ab', new Set([3])])]).toEqual([1, 2, 'a', 'b', 3]);
    expect([...chainFromIterable([])]).toEqual([]);
  });

  it('works on an infinite iterable of ranges, pulling the next one only when needed', () => {
    const g = goldens.chainFromIterableInfinite;
    let started = 0;
    function* ranges() {
      for (let n = 0; ; n++) {
        started++;
        yield Array.from({ length: n }, (_, i) => i);
      }
    }
    expect(firstN(chainFromIterable(ranges()), g.take)).toEqual(g.out);
    expect(started).toBe(g.outerPulls);
  });
});

describe('zip', () => {
  it.each(goldens.zip.map((g) => ({ ...g, label: `zip(${show(g.sources)})` })))('matches Python for $label, including the items lost in the last round', (g) => {
    const srcs = g.sources.map((s) => counted(s as Iterable<unknown>));
    const out = [...zip(...srcs)];
    expect({ out, pulls: srcs.map((s) => s.pulls) }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it.each(goldens.zipInfinite)('stops at the shortest, even next to an infinite source (infinite first: $infiniteFirst)', (g) => {
    const inf = naturals();
    const fin = counted('abc');
    const out = g.infiniteFirst ? [...zip(inf, fin)] : [...zip(fin, inf)];
    expect({ infiniteFirst: g.infiniteFirst, out, infinitePulls: inf.pulls, finitePulls: fin.pulls }).toEqual(g);
  });

  it('yields typed tuples', () => {
    const rows = [...zip([1, 2], 'ab', [true, false])];
    expect(rows).toEqual([
      [1, 'a', true],
      [2, 'b', false],
    ]);
    expectTypeOf(rows).toEqualTypeOf<[number, string, boolean][]>();
  });

  it('can transpose a matrix, like zip(*rows)', () => {
    const m = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect([...zip(...m)]).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });
});

describe('zipLongest', () => {
  it.each(goldens.zipLongest.map((g) => ({ ...g, label: `zip_longest(${show(g.sources)}, fillvalue=${JSON.stringify(g.fill)})` })))('matches Python for $label', (g) => {
    const srcs = g.sources.map((s) => counted(s as Iterable<unknown>));
    const out = [...zipLongest(g.fill, ...srcs)];
    expect({ out, pulls: srcs.map((s) => s.pulls) }).toEqual({ out: g.out, pulls: g.pulls });
  });

  it('types the filled slots as the element type or the fill', () => {
    const rows = [...zipLongest(0, 'ab', [true])];
    expect(rows).toEqual([
      ['a', true],
      ['b', 0],
    ]);
    expectTypeOf(rows).toEqualTypeOf<[string | number, boolean | number][]>();
  });
});
