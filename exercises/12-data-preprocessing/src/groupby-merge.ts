import { todo } from '@roadmap/todo';
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

/**
 * Python: `df.groupby(keys).agg(out=('col', 'fn'), ...).reset_index()`.
 * Groups come out sorted by their keys (pandas' `sort=True`); rows with a missing key are left
 * out (`dropna=True`). Aggregations skip missing values: `count` of an all-missing group is 0,
 * `sum` is 0, the others NaN; `std`/`var` use ddof 1.
 */
export function groupBy(records: readonly Row[], keys: string | readonly string[]): GroupBy {
  // TODO: bucket the records by their key tuple (skip missing keys), sort the buckets by key
  // (numbers numerically, strings by code point), and return an object whose agg() builds one
  // record per bucket. Throw ValueError when a numeric aggregation meets a string.
  return todo('groupBy');
}

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
 * Missing keys match each other, as they do in pandas. A key column absent from either side
 * throws `KeyError`.
 */
export function merge(left: readonly Row[], right: readonly Row[], opts: MergeOptions): Row[] {
  // TODO: index each side by key (a Map keeps first-appearance order), work out the output
  // column names (suffixes for clashes), then emit rows in pandas' order for each `how`.
  return todo('merge');
}

/**
 * Python: `pd.DataFrame(records).describe()` for the numeric columns (those with at least one
 * number and no strings), in column order. `count` counts present values; `std` uses ddof 1;
 * the quartiles are type-7 (linear interpolation). No values: count 0 and NaN elsewhere.
 */
export function describe(records: readonly Row[]): Record<string, DescribeStats> {
  // TODO: per numeric column: count, mean, sample std, min, type-7 quartiles, max.
  return todo('describe');
}
