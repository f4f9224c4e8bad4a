import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank, type RankMethod, type RankOptions } from '@impl/12-data-preprocessing/rank';
import { expectClose, golden, show } from './_kit.ts';

interface Case { values: (number | null)[]; method: RankMethod; ascending: boolean; naOption: NonNullable<RankOptions['naOption']>; pct: boolean; expected: number[] }
const g = golden<{ cases: Case[] }>('rank');

const check = (cases: Case[]) => {
  expect(cases.length).toBeGreaterThan(0);
  for (const c of cases) {
    const opts: RankOptions = { ascending: c.ascending, naOption: c.naOption, pct: c.pct };
    expectClose(rank(c.values, c.method, opts), c.expected, c.pct ? 1e-12 : 0, `rank(${show(c.values)}, '${c.method}', ${show(opts)})`);
  }
};
const plain = (c: Case) => c.ascending && c.naOption === 'keep' && !c.pct;

describe('rank (pandas Series.rank goldens)', () => {
  for (const method of ['average', 'min', 'max', 'first', 'dense'] as const) {
    it(`ranks ties with method '${method}' (ascending, missing kept as NaN)`, () => check(g.cases.filter((c) => c.method === method && plain(c))));
  }
  it('ranks from the largest value when ascending is false', () => check(g.cases.filter((c) => !c.ascending && c.naOption === 'keep' && !c.pct)));
  it("places missing values first with naOption 'top' and last with 'bottom', whatever the direction", () => check(g.cases.filter((c) => c.naOption !== 'keep' && !c.pct)));
  it('divides by the number of ranked values (distinct groups for dense) with pct', () => check(g.cases.filter((c) => c.pct)));
  it("defaults to method 'average', ascending, naOption 'keep'", () => {
    for (const c of g.cases.filter((x) => x.method === 'average' && plain(x))) expectClose(rank(c.values), c.expected, 0, `rank(${show(c.values)})`);
  });
  it('treats NaN like null', () => {
    const withNull = [3, null, 1, 3];
    const withNaN = [3, NaN, 1, 3];
    for (const method of ['average', 'dense'] as const) expectClose(rank(withNaN, method), rank(withNull, method), 0, `rank(${show(withNaN)}, '${method}') vs the same with null`);
  });
  it('agrees with a brute-force count of smaller and equal values (property)', () => {
    // Oracle, per element x: min = 1 + #(< x), max = #(<= x), average = (min + max) / 2,
    // dense = 1 + #distinct(< x).
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), (xs) => {
        const less = (x: number) => xs.filter((y) => y < x).length;
        const leq = (x: number) => xs.filter((y) => y <= x).length;
        const denseOf = (x: number) => 1 + new Set(xs.filter((y) => y < x)).size;
        const same = (a: number[], b: number[]) => show(a) === show(b);
        return (
          same(rank(xs, 'min'), xs.map((x) => 1 + less(x))) &&
          same(rank(xs, 'max'), xs.map(leq)) &&
          same(rank(xs, 'average'), xs.map((x) => (1 + less(x) + leq(x)) / 2)) &&
          same(rank(xs, 'dense'), xs.map(denseOf)) &&
          same([...rank(xs, 'first')].sort((a, b) => a - b), xs.map((_, i) => i + 1))
        );
      }),
    );
  });
});
