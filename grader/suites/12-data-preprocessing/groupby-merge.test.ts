import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyError } from '@impl/12-data-preprocessing/_errors';
import type { Row } from '@impl/12-data-preprocessing/_types';
import { type AggSpec, describe as describeFrame, groupBy, merge, type MergeOptions } from '@impl/12-data-preprocessing/groupby-merge';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

interface G {
  groups: { records: Row[]; keys: string[]; spec: AggSpec; expected: Row[] }[];
  merges: { left: Row[]; right: Row[]; on: string | string[]; how: NonNullable<MergeOptions['how']>; suffixes?: [string, string]; columns: string[]; expected: Row[] }[];
  describes: { records: Row[]; expected: Record<string, Record<string, number>> }[];
}
const g = golden<G>('groupby-merge');

// Sums and variances: pandas sums with compensation and NumPy pairwise, so allow rounding.
const TOL = 1e-12;

describe('groupBy(...).agg (pandas goldens)', () => {
  it('computes count, sum, mean, median, min, max, std and var per group, skipping missing values', () => {
    const c = g.groups[0]!;
    expectClose(groupBy(c.records, c.keys).agg(c.spec), c.expected, TOL, `groupBy(records, ${show(c.keys)}).agg(${show(c.spec)})`);
  });
  it('gives count 0, sum 0 and NaN elsewhere for a group whose values are all missing', () => {
    const c = g.groups[0]!;
    const legal = c.expected.find((r) => r.dept === 'Legal')!;
    const got = groupBy(c.records, c.keys).agg(c.spec).find((r) => r.dept === 'Legal');
    expectClose(got, legal, TOL, 'the Legal group, whose only salary is missing');
  });
  it('groups by several keys, sorted by the key tuple', () => {
    for (const c of g.groups.slice(1, 3)) {
      expectClose(groupBy(c.records, c.keys).agg(c.spec), c.expected, TOL, `groupBy(records, ${show(c.keys)}).agg(${show(c.spec)})`);
    }
  });
  it('leaves out rows whose key is missing (dropna=True)', () => {
    const c = g.groups[0]!;
    const keys = groupBy(c.records, 'dept').agg({ n: ['age', 'count'] }).map((r) => r.dept);
    expectClose(keys, c.expected.map((r) => r.dept), 0, 'the dept keys of the groups');
  });
  it('sorts numeric keys numerically', () => {
    const c = g.groups[4]!;
    expectClose(groupBy(c.records, c.keys).agg(c.spec), c.expected, TOL, `groupBy(${show(c.records)}, 'k')`);
  });
  it('sorts string keys by code point, as Python does (not by UTF-16 unit or locale)', () => {
    const c = g.groups[3]!;
    expectClose(groupBy(c.records, c.keys).agg(c.spec), c.expected, TOL, `groupBy(${show(c.records)}, 'k')`);
  });
  it('sums each group to the total of its rows (property)', () => {
    // Oracle: a plain loop over the rows that belong to each key.
    const rec = fc.record({ k: fc.constantFrom('a', 'b', 'c', 'd'), x: fc.integer({ min: -50, max: 50 }) });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 25 }), (records) => {
        const got = groupBy(records, 'k').agg({ s: ['x', 'sum'], n: ['x', 'count'] });
        const keys = [...new Set(records.map((r) => r.k))].sort();
        const expected = keys.map((k) => ({ k, s: records.filter((r) => r.k === k).reduce((t, r) => t + r.x, 0), n: records.filter((r) => r.k === k).length }));
        return show(got) === show(expected);
      }),
    );
  });
});

describe('merge (pandas 1.5 goldens)', () => {
  for (const how of ['inner', 'left', 'right', 'outer'] as const) {
    it(`reproduces pandas' rows, order and columns for how='${how}'`, () => {
      for (const c of g.merges.filter((m) => m.how === how && !m.suffixes)) {
        const got = merge(c.left, c.right, { on: c.on, how });
        expectClose(got, c.expected, 0, `merge(${show(c.left)}, ${show(c.right)}, { on: ${show(c.on)}, how: '${how}' })`);
      }
    });
  }
  it("adds '_x'/'_y' to clashing non-key columns by default and the given suffixes otherwise", () => {
    const c = g.merges.find((m) => m.suffixes)!;
    const byDefault = g.merges.find((m) => !m.suffixes && show(m.on) === show(c.on) && m.how === c.how)!;
    expectClose(Object.keys(merge(byDefault.left, byDefault.right, { on: byDefault.on, how: byDefault.how })[0] ?? {}), byDefault.columns, 0, 'columns with default suffixes');
    for (const m of g.merges.filter((x) => x.suffixes)) {
      expectClose(merge(m.left, m.right, { on: m.on, how: m.how, suffixes: m.suffixes! }), m.expected, 0, `merge(..., { on: ${show(m.on)}, how: '${m.how}', suffixes: ${show(m.suffixes)} })`);
    }
  });
  it('throws KeyError when a side lacks the key column', () => {
    expectThrows(() => merge([{ k: 1, v: 2 }], [{ id: 1, w: 3 }], { on: 'k' }), KeyError, "merge on 'k' when the right side has no column k");
  });
  it('defaults to an inner join', () => {
    const c = g.merges.find((m) => m.how === 'inner')!;
    expectClose(merge(c.left, c.right, { on: c.on }), c.expected, 0, `merge(left, right, { on: ${show(c.on)} })`);
  });
  it('pairs every matching left and right row exactly once in an inner join (property)', () => {
    // Oracle: the nested-loop join, compared as a multiset.
    const side = (name: string) => fc.array(fc.record({ k: fc.integer({ min: 0, max: 4 }), [name]: fc.integer({ min: 0, max: 99 }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(side('v'), side('w'), (left, right) => {
        const got = merge(left, right, { on: 'k', how: 'inner' }).map((r) => show(r)).sort();
        const expected: string[] = [];
        for (const l of left) for (const r of right) if (l.k === r.k) expected.push(show({ k: l.k, v: l.v, w: r.w }));
        return show(got) === show(expected.sort());
      }),
    );
  });
});

describe('describe (pandas goldens)', () => {
  it('reports count, mean, std (ddof 1), min, type-7 quartiles and max per numeric column', () => {
    for (const c of g.describes) expectClose(describeFrame(c.records), c.expected, TOL, `describe(${show(c.records)})`);
  });
  it('skips string columns and gives NaN std for a single value', () => {
    const c = g.describes[1]!;
    expectClose(describeFrame(c.records), c.expected, TOL, `describe(${show(c.records)})`);
  });
});
