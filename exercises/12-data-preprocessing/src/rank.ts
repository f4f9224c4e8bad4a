import { todo } from '@roadmap/todo';

/** How ties share ranks, as in `Series.rank(method=...)`. */
export type RankMethod = 'average' | 'min' | 'max' | 'first' | 'dense';

/** The other keywords of `Series.rank`. */
export interface RankOptions {
  /** Rank 1 goes to the smallest value (true) or the largest (false). @default true */
  ascending?: boolean;
  /**
   * Missing values (null or NaN): `'keep'` gives them rank NaN; `'top'` ranks them as one tie
   * group before every value, `'bottom'` after every value (whatever the direction). @default 'keep'
   */
  naOption?: 'keep' | 'top' | 'bottom';
  /** Divide by the number of ranked values (by the number of distinct groups for dense). @default false */
  pct?: boolean;
}

/**
 * Python: `pd.Series(values).rank(method=method, ascending=..., na_option=..., pct=...)`.
 *
 * ```python
 * pd.Series([10, 20, 20, 30]).rank()                 # [1.0, 2.5, 2.5, 4.0]
 * pd.Series([10, 20, 20, 30]).rank(method='min')     # [1.0, 2.0, 2.0, 4.0]
 * pd.Series([10, 20, 20, 30]).rank(method='dense')   # [1.0, 2.0, 2.0, 3.0]
 * ```
 * Tied values occupy a run of positions i..j in sorted order (1-based) and get: average
 * (i+j)/2, min i, max j, first i, i+1, ... in order of appearance, dense the run's number.
 */
export function rank(values: readonly (number | null)[], method: RankMethod = 'average', opts: RankOptions = {}): number[] {
  // TODO: sort the present values (stably, by direction), cut the sorted list into runs of equal
  // values, put the missing values in a run of their own (first, last, or nowhere for 'keep'),
  // then give every member of a run the rank its method asks for.
  return todo('rank');
}
