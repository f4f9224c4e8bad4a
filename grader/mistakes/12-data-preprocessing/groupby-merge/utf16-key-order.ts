// Mistake: sorts string keys with JavaScript's < (UTF-16 code units), which puts astral characters such as emoji before U+E000..U+FFFF.
import { KeyError, ValueError } from './_errors.ts';
import type { Cell, Row } from './_types.ts';

/** The aggregations `GroupBy.agg` understands; all skip missing values, as pandas does. */
export type AggFunc = 'count' | 'sum' | 'mean' | 'median' | 'min' | 'max' | 'std' | 'var';

/** Named aggregation: output column -> `[input column, function]`, like `agg(total=('Salary', 'sum'))`. */
export type AggSpec = Record<string, [column: string, fn: AggFunc]>;

/** What `groupBy` returns: call `agg` on it. */
export interface GroupBy {
  /** One record per group: the key columns, then one column per entry of `spec`, in its order. */
  agg(spec: AggSpec): Row[];
}

/** Options of `merge`, after `pd.merge(left, right, on=..., how=..., suffixes=...)`. */
export interface MergeOptions {
  on: string | readonly string[];
  /** @default 'inner' */
  how?: 'inner' | 'left' | 'right' | 'outer';
  /** Added to clashing non-key column names. @default ['_x', '_y'] */
  suffixes?: readonly [string, string];
}

/** One column of `describe()`, with pandas' labels. */
export interface DescribeStats {
  count: number;
  mean: number;
  std: number;
  min: number;
  '25%': number;
  '50%': number;
  '75%': number;
  max: number;
}

const isMissing = (v: Cell | undefined): boolean => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** Python's ordering for keys: numbers numerically, strings by code point, numbers before strings. */
function compareCells(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const x = String(a);
  const y = String(b);
  if (x !== y) return x < y ? -1 : 1;
  // Compare code points, not UTF-16 code units (JS `<` on strings), so '\u{1F600}' sorts after '\uFFFF'.
  const cx = [...x].map((c) => c.codePointAt(0)!);
  const cy = [...y].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(cx.length, cy.length); i++) if (cx[i] !== cy[i]) return cx[i]! - cy[i]!;
  return cx.length - cy.length;
}

const numbersOf = (values: Cell[], column: string, fn: string): number[] => {
  const out: number[] = [];
  for (const v of values) {
    if (isMissing(v)) continue;
    if (typeof v !== 'number') throw new ValueError(`cannot compute ${fn} of column ${column}: ${JSON.stringify(v)} is not a number`);
    out.push(v);
  }
  return out;
};

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : NaN);
/** Sample variance (ddof 1), two-pass: pandas' default for `var` and `std`. */
const sampleVar = (xs: number[]) => {
  if (xs.length < 2) return NaN;
  const m = mean(xs);
  return sum(xs.map((x) => (x - m) ** 2)) / (xs.length - 1);
};
/** Type-7 quantile (NumPy's default 'linear'): position q·(n−1) in the sorted values, interpolated. */
const quantile = (sorted: number[], q: number) => {
  if (!sorted.length) return NaN;
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!);
};

function aggregate(values: Cell[], column: string, fn: AggFunc): number {
  if (fn === 'count') return values.filter((v) => !isMissing(v)).length;
  const xs = numbersOf(values, column, fn);
  switch (fn) {
    case 'sum': return sum(xs); // an empty group sums to 0 (pandas' min_count=0)
    case 'mean': return mean(xs);
    case 'median': return quantile([...xs].sort((a, b) => a - b), 0.5);
    case 'min': return xs.length ? xs.reduce((a, b) => Math.min(a, b)) : NaN;
    case 'max': return xs.length ? xs.reduce((a, b) => Math.max(a, b)) : NaN;
    case 'var': return sampleVar(xs);
    case 'std': return Math.sqrt(sampleVar(xs));
    default: throw new ValueError(`unknown aggregation ${String(fn)}`);
  }
}

/**
 * Python: `df.groupby(keys).agg(out=('col', 'fn'), ...).reset_index()`.
 * Groups come out sorted by their keys (pandas' `sort=True`); rows with a missing key are left
 * out (`dropna=True`). Aggregations skip missing values: `count` of an all-missing group is 0,
 * `sum` is 0, the others NaN; `std`/`var` use ddof 1.
 */
export function groupBy(records: readonly Row[], keys: string | readonly string[]): GroupBy {
  const keyCols = typeof keys === 'string' ? [keys] : [...keys];
  const groups = new Map<string, { key: Cell[]; rows: Row[] }>();
  for (const r of records) {
    const key = keyCols.map((k) => r[k] ?? null);
    if (key.some(isMissing)) continue;
    const id = JSON.stringify(key);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, rows: [] }));
    g.rows.push(r);
  }
  const sorted = [...groups.values()].sort((a, b) => {
    for (let i = 0; i < keyCols.length; i++) {
      const c = compareCells(a.key[i]!, b.key[i]!);
      if (c !== 0) return c;
    }
    return 0;
  });
  return {
    agg(spec: AggSpec): Row[] {
      return sorted.map(({ key, rows }) => {
        const out: Row = {};
        keyCols.forEach((k, i) => (out[k] = key[i]!));
        for (const [name, [column, fn]] of Object.entries(spec)) out[name] = aggregate(rows.map((r) => r[column] ?? null), column, fn);
        return out;
      });
    },
  };
}

/** Column names in the order they first appear across the records. */
const columnsOf = (records: readonly Row[]) => {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
};

/**
 * Python (pandas 1.5): `pd.merge(left, right, on=..., how=..., suffixes=('_x', '_y'))`.
 * Output columns: the left columns, then the right's non-key columns; a non-key name present on
 * both sides gets the suffixes. A side with no match contributes nulls. Row order (sort=False):
 * - `left`: each left row in order, followed by its right matches in right order;
 * - `right`: each right row in order, with its left matches in left order;
 * - `inner`: grouped by key, keys in order of first appearance on the left; within a key, left
 *   rows in order, each paired with the right matches in order;
 * - `outer`: as inner, including the left keys without a match, then the keys only the right has,
 *   in order of first appearance on the right.
 * Missing keys match each other, as they do in pandas.
 */
export function merge(left: readonly Row[], right: readonly Row[], opts: MergeOptions): Row[] {
  const on = typeof opts.on === 'string' ? [opts.on] : [...opts.on];
  const how = opts.how ?? 'inner';
  const [sx, sy] = opts.suffixes ?? ['_x', '_y'];
  const lCols = columnsOf(left);
  const rCols = columnsOf(right);
  for (const k of on) if (!lCols.includes(k) || !rCols.includes(k)) throw new KeyError(`merge key ${k} must be a column of both sides`);
  const rOnly = rCols.filter((c) => !on.includes(c));
  const clash = new Set(lCols.filter((c) => !on.includes(c) && rOnly.includes(c)));
  const lName = (c: string) => (clash.has(c) ? c + sx : c);
  const rName = (c: string) => (clash.has(c) ? c + sy : c);

  const keyId = (r: Row) => JSON.stringify(on.map((k) => (isMissing(r[k]) ? null : r[k])));
  const byKey = (rows: readonly Row[]) => {
    const m = new Map<string, Row[]>(); // insertion order = order of first appearance
    for (const r of rows) {
      const id = keyId(r);
      const list = m.get(id);
      if (list) list.push(r);
      else m.set(id, [r]);
    }
    return m;
  };
  const leftGroups = byKey(left);
  const rightGroups = byKey(right);

  const emit = (l: Row | undefined, r: Row | undefined): Row => {
    const out: Row = {};
    for (const c of lCols) {
      if (on.includes(c)) out[c] = (l ? l[c] : r![c]) ?? null;
      else out[lName(c)] = l ? (l[c] ?? null) : null;
    }
    for (const c of rOnly) out[rName(c)] = r ? (r[c] ?? null) : null;
    for (const k of Object.keys(out)) if (isMissing(out[k])) out[k] = null;
    return out;
  };

  const out: Row[] = [];
  if (how === 'left') {
    for (const l of left) {
      const matches = rightGroups.get(keyId(l));
      if (matches) for (const r of matches) out.push(emit(l, r));
      else out.push(emit(l, undefined));
    }
  } else if (how === 'right') {
    for (const r of right) {
      const matches = leftGroups.get(keyId(r));
      if (matches) for (const l of matches) out.push(emit(l, r));
      else out.push(emit(undefined, r));
    }
  } else {
    for (const [id, ls] of leftGroups) {
      const rs = rightGroups.get(id);
      if (rs) {
        for (const l of ls) for (const r of rs) out.push(emit(l, r));
      } else if (how === 'outer') {
        for (const l of ls) out.push(emit(l, undefined));
      }
    }
    if (how === 'outer') {
      for (const [id, rs] of rightGroups) if (!leftGroups.has(id)) for (const r of rs) out.push(emit(undefined, r));
    }
  }
  return out;
}

/**
 * Python: `pd.DataFrame(records).describe()` for the numeric columns (those with at least one
 * number and no strings), in column order. `count` counts present values; `std` uses ddof 1;
 * the quartiles are type-7 (linear interpolation). No values: count 0 and NaN elsewhere.
 */
export function describe(records: readonly Row[]): Record<string, DescribeStats> {
  const out: Record<string, DescribeStats> = {};
  for (const c of columnsOf(records)) {
    const values = records.map((r) => r[c] ?? null);
    if (values.some((v) => typeof v === 'string') || !values.some((v) => typeof v === 'number' && !Number.isNaN(v))) continue;
    const xs = numbersOf(values, c, 'describe');
    const sorted = [...xs].sort((a, b) => a - b);
    out[c] = {
      count: xs.length,
      mean: mean(xs),
      std: Math.sqrt(sampleVar(xs)),
      min: sorted[0] ?? NaN,
      '25%': quantile(sorted, 0.25),
      '50%': quantile(sorted, 0.5),
      '75%': quantile(sorted, 0.75),
      max: sorted[sorted.length - 1] ?? NaN,
    };
  }
  return out;
}
