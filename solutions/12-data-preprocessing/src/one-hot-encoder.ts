import { NotFittedError, ValueError } from './_errors.ts';
import type { Cell } from './_types.ts';

/** `OneHotEncoder(categories='auto', drop=None, handle_unknown='error', sparse_output=False)`. */
export interface OneHotEncoderOptions {
  /** `'auto'` learns them in fit; otherwise one list per column, used in the order given. @default 'auto' */
  categories?: 'auto' | readonly (readonly Cell[])[];
  /**
   * Which category's column to leave out: `null` none, `'first'` the first of every feature,
   * `'if_binary'` the first of features with exactly two categories, or one category per feature.
   * @default null
   */
  drop?: null | 'first' | 'if_binary' | readonly Cell[];
  /** A category not seen in fit: `'error'` throws `ValueError`, `'ignore'` encodes all zeros. @default 'error' */
  handleUnknown?: 'error' | 'ignore';
}

type Matrix = readonly (readonly Cell[])[];

interface Fitted {
  categories: Cell[][];
  dropIdx: (number | null)[] | null;
}

const isMissing = (v: Cell | undefined): boolean => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** Python's sort order for one feature's categories: numbers numerically, strings by code point. */
function compareCategory(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const ca = [...String(a)].map((c) => c.codePointAt(0)!);
  const cb = [...String(b)].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  return ca.length - cb.length;
}

/** Position of `v` among `cats`; every missing form matches the missing category (null). */
const indexOf = (cats: readonly Cell[], v: Cell): number => (isMissing(v) ? cats.findIndex(isMissing) : cats.indexOf(v));

/** How a category appears in feature names: `String(v)`, and `nan` for the missing category. */
const categoryName = (v: Cell) => (isMissing(v) ? 'nan' : String(v));

/**
 * Python: `sklearn.preprocessing.OneHotEncoder(sparse_output=False)`: one 0/1 column per
 * (feature, category).
 *
 * ```python
 * enc = OneHotEncoder(handle_unknown='ignore', sparse_output=False)
 * enc.fit_transform([['New York'], ['London'], ['Paris']])   # London, New York, Paris columns
 * enc.get_feature_names_out(['City'])                        # ['City_London', 'City_New York', 'City_Paris']
 * ```
 * - Categories are sorted: numbers numerically, strings by code point (so 'Z' < 'a' < 'é' and
 *   U+FFFF < '😀'). A missing value (null or NaN) is a category of its own, placed last and named
 *   `nan`. A feature mixing strings and numbers throws `TypeError`, as in Python.
 * - Feature names are `<input name>_<category>` with default input names `x0, x1, ...`; numbers
 *   print as `String(v)` does.
 * - Unknown categories in transform: `ValueError` with `handleUnknown: 'error'`, an all-zero
 *   block with `'ignore'`.
 */
export class OneHotEncoder {
  readonly handleUnknown: 'error' | 'ignore';
  readonly drop: null | 'first' | 'if_binary' | readonly Cell[];
  private readonly categoriesOption: 'auto' | readonly (readonly Cell[])[];
  private fitted: Fitted | undefined;

  constructor(opts: OneHotEncoderOptions = {}) {
    this.handleUnknown = opts.handleUnknown ?? 'error';
    this.drop = opts.drop ?? null;
    this.categoriesOption = opts.categories ?? 'auto';
    if (this.handleUnknown !== 'error' && this.handleUnknown !== 'ignore') throw new ValueError(`handleUnknown must be 'error' or 'ignore', got ${String(this.handleUnknown)}`);
  }

  /** Python: `categories_`: the categories of each feature, in output order. */
  get categories(): Cell[][] {
    return this.state().categories.map((c) => [...c]);
  }

  /** Python: `drop_idx_`: per feature, the index of the dropped category (or null); null when nothing is dropped. */
  get dropIdx(): (number | null)[] | null {
    const d = this.state().dropIdx;
    return d ? [...d] : null;
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    return this.state().categories.length;
  }

  /** Learns the sorted categories of every column; returns `this`. */
  fit(X: Matrix): this {
    const d = X[0]?.length ?? 0;
    for (const row of X) if (row.length !== d) throw new ValueError('all rows must have the same number of columns');
    const categories: Cell[][] = [];
    for (let j = 0; j < d; j++) {
      const column = X.map((row) => row[j]!);
      if (this.categoriesOption !== 'auto') {
        const given = [...(this.categoriesOption[j] ?? [])];
        if (this.handleUnknown === 'error') {
          const unknown = column.filter((v) => indexOf(given, v) < 0);
          if (unknown.length) throw new ValueError(`Found unknown categories ${JSON.stringify(unknown)} in column ${j} during fit`);
        }
        categories.push(given);
        continue;
      }
      const present = column.filter((v) => !isMissing(v)) as (number | string)[];
      const types = new Set(present.map((v) => typeof v));
      // Python raises TypeError here (it cannot order 'a' against 1); so does this port.
      if (types.size > 1) throw new TypeError(`Encoders require their input to be uniformly strings or numbers (column ${j})`);
      const cats: Cell[] = [...new Set(present)].sort(compareCategory);
      if (present.length < column.length) cats.push(null); // missing goes last
      categories.push(cats);
    }
    this.fitted = { categories, dropIdx: this.resolveDrop(categories) };
    return this;
  }

  /** One-hot encodes `X`: per feature a block of 0/1 columns, minus the dropped one. */
  transform(X: Matrix): number[][] {
    const { categories, dropIdx } = this.state();
    return X.map((row) => {
      if (row.length !== categories.length) throw new ValueError(`X has ${row.length} features, but OneHotEncoder is expecting ${categories.length} features as input`);
      const out: number[] = [];
      row.forEach((v, j) => {
        const cats = categories[j]!;
        const k = indexOf(cats, v);
        if (k < 0 && this.handleUnknown === 'error') throw new ValueError(`Found unknown categories [${JSON.stringify(v)}] in column ${j} during transform`);
        const dropped = dropIdx?.[j] ?? null;
        cats.forEach((_, c) => {
          if (c !== dropped) out.push(c === k ? 1 : 0);
        });
      });
      return out;
    });
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    return this.fit(X).transform(X);
  }

  /**
   * Python: `inverse_transform(Y)`: the category of the largest entry of each block. An all-zero
   * block gives the dropped category if there is one, else null under `handleUnknown: 'ignore'`,
   * else `ValueError`.
   */
  inverseTransform(Y: readonly (readonly number[])[]): Cell[][] {
    const { categories, dropIdx } = this.state();
    const widths = categories.map((cats, j) => cats.length - (dropIdx?.[j] != null ? 1 : 0));
    const total = widths.reduce((s, w) => s + w, 0);
    return Y.map((row, i) => {
      if (row.length !== total) throw new ValueError(`expected ${total} columns, got ${row.length}`);
      let at = 0;
      return categories.map((cats, j) => {
        const block = row.slice(at, at + widths[j]!);
        at += widths[j]!;
        const dropped = dropIdx?.[j] ?? null;
        let best = -1;
        block.forEach((x, b) => {
          if (x > 0 && (best < 0 || x > block[best]!)) best = b;
        });
        if (best < 0) {
          if (dropped !== null) return cats[dropped]!;
          if (this.handleUnknown === 'ignore') return null;
          throw new ValueError(`Sample ${i} can not be inverted when drop is null and handleUnknown is 'error' because it contains all zeros`);
        }
        // Block positions skip the dropped category.
        return cats[dropped !== null && best >= dropped ? best + 1 : best]!;
      });
    });
  }

  /** Python: `get_feature_names_out(input_features)`: `feature_category` for every output column. */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    const { categories, dropIdx } = this.state();
    if (inputFeatures && inputFeatures.length !== categories.length) throw new ValueError(`expected ${categories.length} input feature names, got ${inputFeatures.length}`);
    const names: string[] = [];
    categories.forEach((cats, j) => {
      const feature = inputFeatures?.[j] ?? `x${j}`;
      cats.forEach((v, c) => {
        if (c !== (dropIdx?.[j] ?? null)) names.push(`${feature}_${categoryName(v)}`);
      });
    });
    return names;
  }

  private resolveDrop(categories: Cell[][]): (number | null)[] | null {
    const drop = this.drop;
    if (drop === null) return null;
    if (drop === 'first') return categories.map(() => 0);
    if (drop === 'if_binary') return categories.map((cats) => (cats.length === 2 ? 0 : null));
    if (!Array.isArray(drop) || drop.length !== categories.length) throw new ValueError(`drop must name one category per feature (${categories.length})`);
    return categories.map((cats, j) => {
      const k = indexOf(cats, drop[j]!);
      if (k < 0) throw new ValueError(`The category ${JSON.stringify(drop[j])} of feature ${j} was supposed to be dropped, but was not found in the training data`);
      return k;
    });
  }

  private state(): Fitted {
    if (!this.fitted) throw new NotFittedError('This OneHotEncoder instance is not fitted yet. Call fit before using it.');
    return this.fitted;
  }
}
