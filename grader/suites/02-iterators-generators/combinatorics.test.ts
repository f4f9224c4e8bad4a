import fc from 'fast-check';
import { combinations as ssCombinations, combinationsReplacement as ssCombinationsReplacement, permutationsHeap } from 'simple-statistics';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { combinations, combinationsWithReplacement, permutations, product } from '@impl/02-iterators-generators/combinatorics';
import goldens from './goldens/combinatorics.json';
import { firstN } from './_kit.ts';

// Oracles: Python's itertools (goldens: order included), Python's math.perm / math.comb for
// counts, and simple-statistics' combinations / combinationsReplacement (same order) and
// permutationsHeap (Heap's order, so compared as sorted lists).

const src = (s: string | unknown[]) => s as Iterable<unknown>;
const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

describe('product', () => {
  it('turns the rightmost iterable fastest: product("AB", "xy") is Ax Ay Bx By', () => {
    expect([...product('AB', 'xy')].map((t) => t.join(''))).toEqual(['Ax', 'Ay', 'Bx', 'By']);
  });

  it.each(goldens.product.map((g) => ({ ...g, label: `product(${g.sources.map((s) => JSON.stringify(s)).join(', ')}, repeat=${g.repeat})` })))('matches Python for $label', (g) => {
    const its = g.sources.map(src);
    const out = g.repeat === 1 ? [...product(...its)] : [...product(...its, { repeat: g.repeat })];
    expect(out).toEqual(g.out);
  });

  it('repeats a single iterable with { repeat }', () => {
    expect([...product([0, 1], { repeat: 2 })]).toEqual([...product([0, 1], [0, 1])]);
  });

  it('reads a generator once, even when repeating it', () => {
    function* bits() {
      yield* [0, 1];
    }
    expect([...product(bits(), { repeat: 2 })]).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  it('yields a new array each time, so collecting the results keeps them all', () => {
    const rows = [...product('ab', 'c')];
    expect(rows).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(rows[0]).not.toBe(rows[1]);
  });

  it('types each result as a tuple', () => {
    const rows = [...product('AB', [1, 2])];
    expectTypeOf(rows).toEqualTypeOf<[string, number][]>();
    expect(rows.length).toBe(4);
  });

  it('throws a RangeError at the call for a negative repeat', () => {
    expect(() => product('AB', { repeat: -1 })).toThrow(RangeError);
  });
});

describe('permutations', () => {
  it('lists AB AC BA BC CA CB for permutations("ABC", 2)', () => {
    expect([...permutations('ABC', 2)].map((t) => t.join(''))).toEqual(['AB', 'AC', 'BA', 'BC', 'CA', 'CB']);
  });

  it.each(goldens.permutations.map((g) => ({ ...g, label: `permutations(${JSON.stringify(g.source)}, ${g.r ?? 'None'})` })))('matches Python for $label', (g) => {
    const out = g.r === null ? [...permutations(src(g.source))] : [...permutations(src(g.source), g.r)];
    expect(out).toEqual(g.out);
  });

  it('contains the same arrangements as simple-statistics permutationsHeap (in another order)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 6 }), (xs) => {
        expect([...permutations(xs)].sort(byJson)).toEqual(permutationsHeap([...xs]).sort(byJson));
      }),
      { includeErrorInReport: true },
    );
  });

  it('yields lazily: the first arrangements of 12 items come without listing all 479001600', () => {
    const first = firstN(permutations([...'ABCDEFGHIJKL']), 2);
    expect(first.map((p) => p.join(''))).toEqual(['ABCDEFGHIJKL', 'ABCDEFGHIJLK']);
  });

  it('throws a RangeError at the call for a negative r', () => {
    expect(() => permutations('ABC', -1)).toThrow(RangeError);
  });
});

describe('combinations', () => {
  it('lists AB AC AD BC BD CD for combinations("ABCD", 2)', () => {
    expect([...combinations('ABCD', 2)].map((t) => t.join(''))).toEqual(['AB', 'AC', 'AD', 'BC', 'BD', 'CD']);
  });

  it.each(goldens.combinations.map((g) => ({ ...g, label: `combinations(${JSON.stringify(g.source)}, ${g.r})` })))('matches Python for $label', (g) => {
    expect([...combinations(src(g.source), g.r!)]).toEqual(g.out);
  });

  it('equals simple-statistics combinations, order included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }).chain((xs) => fc.tuple(fc.constant(xs), fc.integer({ min: 1, max: xs.length }))), ([xs, k]) => {
        expect([...combinations(xs, k)]).toEqual(ssCombinations(xs, k));
      }),
      { includeErrorInReport: true },
    );
  });

  it('throws a RangeError at the call for a negative r', () => {
    expect(() => combinations('ABC', -2)).toThrow(RangeError);
  });
});

describe('combinationsWithReplacement', () => {
  it('lists AA AB AC BB BC CC for combinationsWithReplacement("ABC", 2)', () => {
    expect([...combinationsWithReplacement('ABC', 2)].map((t) => t.join(''))).toEqual(['AA', 'AB', 'AC', 'BB', 'BC', 'CC']);
  });

  it.each(goldens.combinationsWithReplacement.map((g) => ({ ...g, label: `combinations_with_replacement(${JSON.stringify(g.source)}, ${g.r})` })))('matches Python for $label', (g) => {
    expect([...combinationsWithReplacement(src(g.source), g.r!)]).toEqual(g.out);
  });

  it('equals simple-statistics combinationsReplacement, order included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 6 }).chain((xs) => fc.tuple(fc.constant(xs), fc.integer({ min: 1, max: 4 }))), ([xs, k]) => {
        expect([...combinationsWithReplacement(xs, k)]).toEqual(ssCombinationsReplacement(xs, k));
      }),
      { includeErrorInReport: true },
    );
  });
});

describe('counts', () => {
  const count = (g: Iterable<unknown>) => {
    let n = 0;
    for (const _ of g) n++;
    return n;
  };
  it('match math.perm, math.comb and n ** r for n <= 8, r <= 5', () => {
    const got = goldens.counts.map(({ n, r }) => {
      const items = Array.from({ length: n }, (_, i) => i);
      return {
        n,
        r,
        permutations: count(permutations(items, r)),
        combinations: count(combinations(items, r)),
        combinationsWithReplacement: count(combinationsWithReplacement(items, r)),
        product: count(product(items, { repeat: r })),
      };
    });
    expect(got).toEqual(goldens.counts);
  });
});
