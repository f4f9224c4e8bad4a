import { todo } from '@roadmap/todo';
import { KeyError, ValueError } from './_errors.ts';
import type { Cell, Row } from './_types.ts';

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

  /**
   * Python: `pd.DataFrame({'a': [...], 'b': [...]}, index=...)`. Every column must have the same
   * length (`ValueError` otherwise); the index defaults to 0..n-1. A `Map` keeps its column order
   * even for names like `'2024'`, which a plain object would move to the front.
   */
  constructor(data: Record<string, readonly Cell[]> | ReadonlyMap<string, readonly Cell[]>, index?: readonly number[]) {
    // TODO: choose a storage (a Map from column name to its list of cells works well), check the
    // lengths, store missing values as null, and set columns and index.
    this.columns = [];
    this.index = [];
    todo('new DataFrame');
  }

  /**
   * Python: `pd.DataFrame(records)` / `pd.DataFrame.from_records(records, columns=...)`. Columns
   * appear in the order their keys are first seen; an absent key is a missing value. With
   * `columns`, exactly those columns, in that order (a column no record has is all missing).
   */
  static fromRecords(records: readonly Row[], columns?: readonly string[]): DataFrame {
    // TODO: collect the column names, then build one list per column.
    return todo('DataFrame.fromRecords');
  }

  /** Python: `df.shape`: `[rows, columns]`. */
  get shape(): [number, number] {
    // TODO
    return todo('DataFrame.shape');
  }

  /** Python: `df['name'].tolist()` (a copy). Unknown column: `KeyError`. */
  col(name: string): Cell[] {
    // TODO
    return todo('DataFrame.col');
  }

  /** Python: `df[['b', 'a']]`: those columns in that order, same rows and labels. */
  select(columns: readonly string[]): DataFrame {
    // TODO
    return todo('DataFrame.select');
  }

  /** Python: `df[mask]` where the mask comes from a per-row predicate. Kept rows keep their labels. */
  filter(predicate: (row: Row, label: number) => boolean): DataFrame {
    // TODO: call predicate(row, label) for every row, in order.
    return todo('DataFrame.filter');
  }

  /**
   * Python: `df.assign(new=values, other=lambda d: ...)`. A list gives the column outright (its
   * length must match, `ValueError` otherwise); a function is called once per row. New columns
   * go at the end; an existing column is replaced where it stands. NaN/undefined results are stored as null.
   */
  assign(columns: Record<string, readonly Cell[] | ((row: Row) => Cell)>): DataFrame {
    // TODO
    return todo('DataFrame.assign');
  }

  /** Python: `df.isna().sum().to_dict()`: missing values per column. */
  missingCounts(): Record<string, number> {
    // TODO
    return todo('DataFrame.missingCounts');
  }

  /**
   * Python: `df.dropna(how='any', subset=None)`: drop the rows with a missing value in the
   * `subset` columns (all columns by default); `how: 'all'` drops only rows missing in all of them.
   */
  dropna(opts: { how?: 'any' | 'all'; subset?: readonly string[] } = {}): DataFrame {
    // TODO
    return todo('DataFrame.dropna');
  }

  /**
   * Python: `df.fillna(value)` fills every missing cell; `df.fillna({'a': 0, 'b': 'x'})` fills
   * only the named columns.
   */
  fillna(value: Cell | Record<string, Cell>): DataFrame {
    // TODO: tell a per-column object from a single value (careful: null is an object in JS).
    return todo('DataFrame.fillna');
  }

  /** Python: `df.head(n)`: the first `n` rows (labels kept). */
  head(n = 5): DataFrame {
    // TODO
    return todo('DataFrame.head');
  }

  /** Python: `df.reset_index(drop=True)`: labels become 0..n-1 again. */
  resetIndex(): DataFrame {
    // TODO
    return todo('DataFrame.resetIndex');
  }

  /** Python: `df.to_dict('records')`, with missing values as null. */
  toRecords(): Row[] {
    // TODO: one object per row, keys in column order.
    return todo('DataFrame.toRecords');
  }
}
