// Mistake: rows kept by filter/dropna/head get fresh labels 0..k-1 instead of keeping their original index labels.
import { KeyError, ValueError } from './_errors.ts';
import type { Cell, Row } from './_types.ts';

/** Missing in pandas' sense (`pd.isna`): null, undefined (an absent key) or NaN. */
const isMissing = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
/** Every missing value is stored as null, whatever form it arrived in. */
const normalize = (v: Cell | undefined): Cell => (isMissing(v) ? null : (v as Cell));

/**
 * Python: a small `pandas.DataFrame`. Columns are stored as lists (column-major, as pandas does),
 * every row carries an index label, and missing values are `null`. Every method returns a new
 * frame and leaves this one unchanged.
 *
 * ```python
 * df = pd.DataFrame({'Age': [25, 30, None], 'City': ['Paris', 'London', None]})
 * df[df['Age'] > 26].assign(Decade=lambda d: d['Age'] // 10)
 * ```
 *
 * Missing values: `null`, `undefined` (a key absent from a record) and `NaN` all mean "missing"
 * (pandas' `isna`), and the frame stores every one of them as `null`.
 * Errors: an unknown column throws `KeyError`; lists of the wrong length throw `ValueError`.
 */
export class DataFrame {
  /** Column names in order (`df.columns`). */
  readonly columns: string[];
  /** Row labels (`df.index`): 0..n-1 at first; `filter` and `dropna` keep the labels of the rows they keep. */
  readonly index: number[];
  private readonly data: Map<string, Cell[]>;

  /**
   * Python: `pd.DataFrame({'a': [...], 'b': [...]}, index=...)`. Every column must have the same
   * length (`ValueError` otherwise); the index defaults to 0..n-1. A `Map` keeps its column order
   * even for names like `'2024'`, which a plain object would move to the front.
   */
  constructor(data: Record<string, readonly Cell[]> | ReadonlyMap<string, readonly Cell[]>, index?: readonly number[]) {
    const entries = data instanceof Map ? [...(data as ReadonlyMap<string, readonly Cell[]>)] : Object.entries(data);
    const names = entries.map(([name]) => name);
    const n = index?.length ?? (entries.length ? entries[0]![1].length : 0);
    this.data = new Map();
    for (const [name, values] of entries) {
      if (values.length !== n) throw new ValueError(`column ${name} has ${values.length} values, expected ${n} (all arrays must be of the same length)`);
      this.data.set(name, values.map(normalize));
    }
    this.columns = names;
    this.index = index ? [...index] : Array.from({ length: n }, (_, i) => i);
  }

  /**
   * Python: `pd.DataFrame(records)` / `pd.DataFrame.from_records(records, columns=...)`. Columns
   * appear in the order their keys are first seen; an absent key is a missing value. With
   * `columns`, exactly those columns, in that order (a column no record has is all missing).
   */
  static fromRecords(records: readonly Row[], columns?: readonly string[]): DataFrame {
    let names: string[];
    if (columns) names = [...columns];
    else {
      const seen = new Set<string>();
      for (const r of records) for (const k of Object.keys(r)) seen.add(k);
      names = [...seen];
    }
    const data = new Map<string, Cell[]>();
    for (const name of names) data.set(name, records.map((r) => normalize(r[name])));
    return new DataFrame(data, records.map((_, i) => i));
  }

  /** Python: `df.shape`: `[rows, columns]`. */
  get shape(): [number, number] {
    return [this.index.length, this.columns.length];
  }

  /** Python: `df['name'].tolist()` (a copy). Unknown column: `KeyError`. */
  col(name: string): Cell[] {
    const values = this.data.get(name);
    if (!values) throw new KeyError(`column ${JSON.stringify(name)} not found; columns are ${JSON.stringify(this.columns)}`);
    return [...values];
  }

  /** Python: `df[['b', 'a']]`: those columns in that order, same rows and labels. */
  select(columns: readonly string[]): DataFrame {
    const data = new Map<string, Cell[]>();
    for (const c of columns) data.set(c, this.col(c));
    return new DataFrame(data, this.index);
  }

  /** Python: `df[mask]` where the mask comes from a per-row predicate. Kept rows keep their labels. */
  filter(predicate: (row: Row, label: number) => boolean): DataFrame {
    const keep: number[] = [];
    this.index.forEach((label, i) => {
      if (predicate(this.rowAt(i), label)) keep.push(i);
    });
    return this.take(keep);
  }

  /**
   * Python: `df.assign(new=values, other=lambda d: ...)`. A list gives the column outright (its
   * length must match, `ValueError` otherwise); a function is called once per row. New columns
   * go at the end; an existing column is replaced where it stands. NaN/undefined results are stored as null.
   */
  assign(columns: Record<string, readonly Cell[] | ((row: Row) => Cell)>): DataFrame {
    const data = new Map<string, Cell[]>();
    for (const c of this.columns) data.set(c, this.col(c));
    for (const [name, spec] of Object.entries(columns)) {
      let values: Cell[];
      if (typeof spec === 'function') {
        values = this.index.map((_, i) => spec(this.rowAt(i)));
      } else {
        if (spec.length !== this.index.length) throw new ValueError(`length of values (${spec.length}) does not match length of index (${this.index.length})`);
        values = [...spec];
      }
      data.set(name, values); // an existing key keeps its place in the Map's order
    }
    return new DataFrame(data, this.index);
  }

  /** Python: `df.isna().sum().to_dict()`: missing values per column. */
  missingCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const c of this.columns) out[c] = this.data.get(c)!.filter((v) => v === null).length;
    return out;
  }

  /**
   * Python: `df.dropna(how='any', subset=None)`: drop the rows with a missing value in the
   * `subset` columns (all columns by default); `how: 'all'` drops only rows missing in all of them.
   */
  dropna(opts: { how?: 'any' | 'all'; subset?: readonly string[] } = {}): DataFrame {
    const how = opts.how ?? 'any';
    const cols = (opts.subset ?? this.columns).map((c) => this.col(c));
    const keep: number[] = [];
    for (let i = 0; i < this.index.length; i++) {
      const missing = cols.filter((values) => values[i] === null).length;
      const drop = how === 'any' ? missing > 0 : cols.length > 0 && missing === cols.length;
      if (!drop) keep.push(i);
    }
    return this.take(keep);
  }

  /**
   * Python: `df.fillna(value)` fills every missing cell; `df.fillna({'a': 0, 'b': 'x'})` fills
   * only the named columns.
   */
  fillna(value: Cell | Record<string, Cell>): DataFrame {
    const perColumn = value !== null && typeof value === 'object';
    const data = new Map<string, Cell[]>();
    for (const c of this.columns) {
      const fill = normalize(perColumn ? (Object.hasOwn(value, c) ? value[c] : null) : value);
      data.set(c, this.col(c).map((v) => (v === null ? fill : v)));
    }
    return new DataFrame(data, this.index);
  }

  /** Python: `df.head(n)`: the first `n` rows (labels kept). */
  head(n = 5): DataFrame {
    return this.take(Array.from({ length: Math.max(0, Math.min(n, this.index.length)) }, (_, i) => i));
  }

  /** Python: `df.reset_index(drop=True)`: labels become 0..n-1 again. */
  resetIndex(): DataFrame {
    return new DataFrame(this.data, this.index.map((_, i) => i));
  }

  /** Python: `df.to_dict('records')`, with missing values as null. */
  toRecords(): Row[] {
    return this.index.map((_, i) => this.rowAt(i));
  }

  private rowAt(i: number): Row {
    const row: Row = {};
    for (const c of this.columns) row[c] = this.data.get(c)![i]!;
    return row;
  }

  private take(positions: readonly number[]): DataFrame {
    const data = new Map<string, Cell[]>();
    for (const [c, values] of this.data) data.set(c, positions.map((i) => values[i]!));
    return new DataFrame(data); // labels renumbered 0..k-1
  }
}
