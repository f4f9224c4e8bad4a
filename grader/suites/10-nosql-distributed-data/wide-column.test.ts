import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WideColumnTable } from '@impl/10-nosql-distributed-data/wide-column';

type Cell = number | string;
type Row = Record<string, Cell>;
type Schema = { partitionKey: string[]; clusteringKey: { column: string; order?: 'asc' | 'desc' }[] };

/** The table as a plain Map of rows; a select is filter + sort of everything. */
class Model {
  rows = new Map<string, Row>();
  constructor(readonly schema: Schema) {}
  key(row: Row, cols: string[]) {
    return JSON.stringify(cols.map((c) => row[c]));
  }
  primary(row: Row) {
    return this.key(row, [...this.schema.partitionKey, ...this.schema.clusteringKey.map((c) => c.column)]);
  }
  insert(row: Row) {
    const k = this.primary(row);
    this.rows.set(k, { ...this.rows.get(k), ...row });
  }
  delete(key: Row) {
    const pk = this.key(key, this.schema.partitionKey);
    const full = this.schema.clusteringKey.every((c) => key[c.column] !== undefined);
    for (const [k, r] of this.rows) {
      if (this.key(r, this.schema.partitionKey) !== pk) continue;
      if (!full || k === this.primary(key)) this.rows.delete(k);
    }
  }
  select(partition: Row, q: Query) {
    const cmp = (a: Cell, b: Cell) => (a < b ? -1 : a > b ? 1 : 0);
    const pk = this.key(partition, this.schema.partitionKey);
    let out = [...this.rows.values()].filter((r) => {
      if (this.key(r, this.schema.partitionKey) !== pk) return false;
      for (const [c, v] of Object.entries(q.eq ?? {})) if (r[c] !== v) return false;
      const g = q.range;
      if (g) {
        const v = r[g.column]!;
        if ((g.gt !== undefined && !(v > g.gt)) || (g.gte !== undefined && !(v >= g.gte)) || (g.lt !== undefined && !(v < g.lt)) || (g.lte !== undefined && !(v <= g.lte))) return false;
      }
      return true;
    });
    out.sort((a, b) => {
      for (const { column, order } of this.schema.clusteringKey) {
        const c = cmp(a[column]!, b[column]!);
        if (c !== 0) return order === 'desc' ? -c : c;
      }
      return 0;
    });
    if (q.reverse) out.reverse();
    if (q.limit !== undefined) out = out.slice(0, q.limit);
    return out;
  }
}

type Query = { eq?: Record<string, Cell>; range?: { column: string; gt?: Cell; gte?: Cell; lt?: Cell; lte?: Cell }; reverse?: boolean; limit?: number };

const readings: Schema = { partitionKey: ['sensor'], clusteringKey: [{ column: 'day', order: 'asc' }, { column: 'ts', order: 'desc' }] };
const sensor = fc.constantFrom('s1', 's2');
const day = fc.constantFrom('mon', 'tue', 'wed');
const ts = fc.integer({ min: 0, max: 6 });
const op = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), row: fc.record({ sensor, day, ts, value: fc.integer({ min: 0, max: 99 }), note: fc.constantFrom('a', 'b') }, { requiredKeys: ['sensor', 'day', 'ts'], noNullPrototype: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), row: fc.record({ sensor, day, ts }, { noNullPrototype: true }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), row: fc.record({ sensor }, { noNullPrototype: true }) }) },
);
const bound = fc.record({ gt: ts, gte: ts, lt: ts, lte: ts }, { requiredKeys: [], noNullPrototype: true });
const query: fc.Arbitrary<Query> = fc.record(
  {
    eq: fc.option(day.map((d) => ({ day: d })), { nil: undefined }),
    range: fc.boolean(),
    bounds: bound,
    dayBounds: fc.record({ gte: day, lt: day }, { requiredKeys: [], noNullPrototype: true }),
    reverse: fc.boolean(),
    limit: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  },
  { noNullPrototype: true },
).map(({ eq, range, bounds, dayBounds, reverse, limit }) => ({
  ...(eq ? { eq } : {}),
  // the range goes on the first clustering column not fixed by eq
  ...(range ? { range: eq ? { column: 'ts', ...bounds } : { column: 'day', ...dayBounds } } : {}),
  reverse,
  ...(limit !== undefined ? { limit } : {}),
}));

function expectThrowsError(fn: () => unknown, what: string): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  if ((error as Error | undefined)?.name === 'NotImplementedError') throw error;
  expect(error, what).toBeInstanceOf(Error);
}

describe('WideColumnTable', () => {
  it('returns a partition in clustering order: day ascending, then ts descending', () => {
    const t = new WideColumnTable(readings);
    const m = new Model(readings);
    for (const r of [
      { sensor: 's1', day: 'tue', ts: 1, value: 5 },
      { sensor: 's1', day: 'mon', ts: 1, value: 6 },
      { sensor: 's1', day: 'mon', ts: 3, value: 7 },
      { sensor: 's2', day: 'mon', ts: 2, value: 8 },
    ]) {
      t.insert(r);
      m.insert(r);
    }
    expect(t.select({ sensor: 's1' })).toEqual(m.select({ sensor: 's1' }, {}));
    expect(t.select({ sensor: 's1' }).map((r) => `${r.day}/${r.ts}`)).toEqual(['mon/3', 'mon/1', 'tue/1']);
  });
  it('upserts: a second insert with the same primary key merges its columns into the row', () => {
    const t = new WideColumnTable(readings);
    t.insert({ sensor: 's1', day: 'mon', ts: 1, value: 5, note: 'a' });
    t.insert({ sensor: 's1', day: 'mon', ts: 1, value: 9 });
    expect(t.select({ sensor: 's1' })).toEqual([{ sensor: 's1', day: 'mon', ts: 1, value: 9, note: 'a' }]);
  });
  it('agrees with a Map-and-sort model over random inserts, deletes and slice queries', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(fc.tuple(sensor, query), { minLength: 1, maxLength: 6 }), (ops, queries) => {
        const t = new WideColumnTable(readings);
        const m = new Model(readings);
        for (const o of ops) {
          if (o.kind === 'insert') {
            t.insert(o.row as Row);
            m.insert(o.row as Row);
          } else {
            t.delete(o.row as Row);
            m.delete(o.row as Row);
          }
        }
        for (const [s, q] of queries) {
          expect(t.select({ sensor: s }, q), `select(${s}, ${JSON.stringify(q)}) after ${JSON.stringify(ops)}`).toEqual(m.select({ sensor: s }, q));
        }
        expect(t.partitionCount).toBe(new Set([...m.rows.values()].map((r) => r.sensor)).size);
      }),
    );
  });
  it('supports a composite partition key', () => {
    const schema: Schema = { partitionKey: ['user', 'month'], clusteringKey: [{ column: 'at' }] };
    const t = new WideColumnTable(schema);
    const m = new Model(schema);
    const rows = [
      { user: 'u', month: 1, at: 5, x: 1 },
      { user: 'u', month: 2, at: 1, x: 2 },
      { user: 'u', month: 1, at: 2, x: 3 },
      { user: 'v', month: 1, at: 3, x: 4 },
    ];
    for (const r of rows) {
      t.insert(r);
      m.insert(r);
    }
    expect(t.partitionCount).toBe(3);
    expect(t.select({ user: 'u', month: 1 })).toEqual(m.select({ user: 'u', month: 1 }, {}));
    expect(t.select({ user: 'u', month: 1 }, { range: { column: 'at', gte: 2, lt: 5 } })).toEqual(m.select({ user: 'u', month: 1 }, { range: { column: 'at', gte: 2, lt: 5 } }));
  });
  it('returns copies: editing a selected row does not change the table', () => {
    const t = new WideColumnTable(readings);
    t.insert({ sensor: 's1', day: 'mon', ts: 1, value: 5 });
    const [row] = t.select({ sensor: 's1' });
    row!.value = 100;
    expect(t.select({ sensor: 's1' })[0]!.value).toBe(5);
  });
  it('refuses queries Cassandra refuses: incomplete partition key, gaps in the equalities, a range on the wrong column', () => {
    const t = new WideColumnTable(readings);
    t.insert({ sensor: 's1', day: 'mon', ts: 1 });
    expectThrowsError(() => t.select({}), 'no partition key');
    expectThrowsError(() => t.select({ sensor: 's1' }, { eq: { ts: 1 } }), 'equality on ts without day');
    expectThrowsError(() => t.select({ sensor: 's1' }, { range: { column: 'ts', gt: 0 } }), 'range on ts without an equality on day');
    expectThrowsError(() => t.insert({ sensor: 's1', day: 'mon' }), 'insert without the ts clustering column');
  });
});
