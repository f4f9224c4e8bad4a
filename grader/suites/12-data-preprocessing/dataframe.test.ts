import { describe, expect, it } from 'vitest';
import { KeyError, ValueError } from '@impl/12-data-preprocessing/_errors';
import type { Cell, Row } from '@impl/12-data-preprocessing/_types';
import { DataFrame } from '@impl/12-data-preprocessing/dataframe';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

type Op =
  | { op: 'select'; columns: string[] }
  | { op: 'filter'; column: string; cmp: '>' | '>=' | '<' | '==' | '!='; value: number | string }
  | { op: 'assign'; column: string; values: Cell[] }
  | { op: 'assignExpr'; column: string; source: string; mul: number; add: number }
  | { op: 'dropna'; how?: 'any' | 'all'; subset?: string[] }
  | { op: 'fillna'; value: Cell | Record<string, Cell> }
  | { op: 'head'; n: number }
  | { op: 'resetIndex' };
interface State { columns: string[]; index: number[]; shape: [number, number]; records: Row[]; missing: Record<string, number> }
interface G {
  cases: { records: Row[]; ops: Op[]; expected: State }[];
  fromRecordsColumns: { records: Row[]; columns: string[]; expected: State };
}
const g = golden<G>('dataframe');

/** pandas' comparison of a Series with a scalar: a missing value compares False, except `!=` (True). */
function pandasCompare(v: Cell, cmp: string, x: number | string): boolean {
  if (v === null) return cmp === '!=';
  switch (cmp) {
    case '>': return v > x;
    case '>=': return v >= x;
    case '<': return v < x;
    case '==': return v === x;
    default: return v !== x;
  }
}

/** Replays one op of the generator's little language through the TypeScript API. */
function replay(df: DataFrame, op: Op): DataFrame {
  switch (op.op) {
    case 'select': return df.select(op.columns);
    case 'filter': return df.filter((row) => pandasCompare(row[op.column]!, op.cmp, op.value));
    case 'assign': return df.assign({ [op.column]: op.values });
    case 'assignExpr': return df.assign({ [op.column]: (row: Row) => (row[op.source] === null ? null : (row[op.source] as number) * op.mul + op.add) });
    case 'dropna': return df.dropna({ ...(op.how ? { how: op.how } : {}), ...(op.subset ? { subset: op.subset } : {}) });
    case 'fillna': return df.fillna(op.value);
    case 'head': return df.head(op.n);
    case 'resetIndex': return df.resetIndex();
  }
}

const stateOf = (df: DataFrame): State => ({ columns: df.columns, index: df.index, shape: df.shape, records: df.toRecords(), missing: df.missingCounts() });
const describeOps = (ops: Op[]) => (ops.length ? ops.map((o) => show(o)).join(' -> ') : '(no ops)');

describe('DataFrame against pandas goldens', () => {
  it('builds columns in first-seen key order, absent keys and NaN as missing (pd.DataFrame(records))', () => {
    for (const c of g.cases.filter((x) => x.ops.length === 0)) {
      expectClose(stateOf(DataFrame.fromRecords(c.records)), c.expected, 0, `DataFrame.fromRecords(${show(c.records)})`);
    }
  });
  it('keeps exactly the requested columns with fromRecords(records, columns)', () => {
    const c = g.fromRecordsColumns;
    expectClose(stateOf(DataFrame.fromRecords(c.records, c.columns)), c.expected, 0, `DataFrame.fromRecords(${show(c.records)}, ${show(c.columns)})`);
  });
  it('builds the same frame from a dict of column lists (pd.DataFrame(data))', () => {
    const c = g.cases[0]!;
    const data: Record<string, Cell[]> = {};
    for (const col of c.expected.columns) data[col] = c.records.map((r) => r[col] ?? null);
    expectClose(stateOf(new DataFrame(data)), c.expected, 0, `new DataFrame(${show(data)})`);
  });
  for (const kind of ['select', 'filter', 'assign', 'assignExpr', 'dropna', 'fillna', 'head', 'resetIndex'] as const) {
    it(`matches pandas after ${kind} (columns, index labels, records, missing counts)`, () => {
      const cases = g.cases.filter((c) => c.ops.some((o) => o.op === kind));
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) {
        const got = c.ops.reduce(replay, DataFrame.fromRecords(c.records));
        expectClose(stateOf(got), c.expected, 0, `fromRecords(${show(c.records)}) then ${describeOps(c.ops)}`);
      }
    });
  }
});

describe('DataFrame behaviour', () => {
  const records: Row[] = [
    { Age: 25, City: 'Paris' },
    { Age: null, City: 'London' },
    { Age: 40, City: null },
  ];
  it('leaves the original frame unchanged (every method returns a new frame)', () => {
    const df = DataFrame.fromRecords(records);
    const before = show(stateOf(df));
    df.select(['City']);
    df.filter((r) => r.City === 'Paris');
    df.assign({ Age: [1, 2, 3], New: (r) => r.City });
    df.dropna();
    df.fillna(0);
    df.head(1);
    df.resetIndex();
    expect(show(stateOf(df)), 'the frame after calling every method on it').toBe(before);
  });
  it('replaces an existing column where it stands and appends new ones (df.assign)', () => {
    const df = DataFrame.fromRecords(records).assign({ Tag: ['a', 'b', 'c'], Age: (r) => (r.Age === null ? null : (r.Age as number) + 1) });
    expectClose({ columns: df.columns, records: df.toRecords() }, {
      columns: ['Age', 'City', 'Tag'],
      records: [{ Age: 26, City: 'Paris', Tag: 'a' }, { Age: null, City: 'London', Tag: 'b' }, { Age: 41, City: null, Tag: 'c' }],
    }, 0, 'assign({ Tag: [...], Age: row => row.Age + 1 })');
  });
  it('stores NaN results of assign as missing', () => {
    const df = DataFrame.fromRecords(records).assign({ Ratio: () => NaN });
    expectClose(df.missingCounts(), { Age: 1, City: 1, Ratio: 3 }, 0, 'missingCounts() after assign({ Ratio: () => NaN })');
  });
  it('passes each row with its index label to the filter predicate', () => {
    const seen: number[] = [];
    const df = DataFrame.fromRecords(records).filter((_, label) => (seen.push(label), label !== 1)).filter((_, label) => (seen.push(label), true));
    expectClose({ index: df.index, seen }, { index: [0, 2], seen: [0, 1, 2, 0, 2] }, 0, 'labels seen by two chained filters');
  });
  it('throws KeyError for an unknown column', () => {
    const df = DataFrame.fromRecords(records);
    expectThrows(() => df.col('Salary'), KeyError, "col('Salary') on columns Age, City");
    expectThrows(() => df.select(['City', 'Salary']), KeyError, "select(['City', 'Salary'])");
  });
  it('throws ValueError for columns of different lengths', () => {
    expectThrows(() => new DataFrame({ a: [1, 2, 3], b: [1, 2] }), ValueError, 'new DataFrame({ a: [1, 2, 3], b: [1, 2] })');
    expectThrows(() => DataFrame.fromRecords(records).assign({ x: [1, 2] }), ValueError, 'assign({ x: [1, 2] }) on 3 rows');
  });
  it('reports shape as [rows, columns]', () => {
    expect(DataFrame.fromRecords(records).select(['City']).shape).toEqual([3, 1]);
  });
});
