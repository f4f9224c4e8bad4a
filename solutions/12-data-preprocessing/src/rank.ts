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
  const ascending = opts.ascending ?? true;
  const naOption = opts.naOption ?? 'keep';
  const missing = (v: number | null) => v === null || Number.isNaN(v);

  const present = values.map((v, i) => ({ v: v as number, i })).filter(({ v }) => !missing(v));
  // Stable sort: equal values stay in order of appearance, which is what 'first' needs.
  present.sort((a, b) => (ascending ? a.v - b.v : b.v - a.v));
  const absent = values.map((v, i) => ({ v, i })).filter(({ v }) => missing(v));

  // The runs of tied positions, in rank order; the missing values form one run of their own.
  const runs: number[][] = [];
  if (naOption === 'top' && absent.length) runs.push(absent.map((x) => x.i));
  for (let k = 0; k < present.length; ) {
    let j = k;
    while (j + 1 < present.length && present[j + 1]!.v === present[k]!.v) j++;
    runs.push(present.slice(k, j + 1).map((x) => x.i));
    k = j + 1;
  }
  if (naOption === 'bottom' && absent.length) runs.push(absent.map((x) => x.i));

  const out = new Array<number>(values.length).fill(NaN);
  let start = 1; // ordinal position of the run's first member
  runs.forEach((run, r) => {
    const end = start + run.length - 1;
    run.forEach((pos, k) => {
      out[pos] = method === 'average' ? (start + end) / 2 : method === 'min' ? start : method === 'max' ? end : method === 'first' ? start + k : r + 1;
    });
    start = end + 1;
  });

  if (opts.pct) {
    const ranked = runs.reduce((n, run) => n + run.length, 0);
    const denominator = method === 'dense' ? runs.length : ranked;
    for (let i = 0; i < out.length; i++) out[i] = out[i]! / denominator;
  }
  return out;
}
