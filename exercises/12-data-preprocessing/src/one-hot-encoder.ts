import { todo } from '@roadmap/todo';
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

  constructor(opts: OneHotEncoderOptions = {}) {
    // TODO: store the options (categories 'auto', drop null, handleUnknown 'error' by default).
    todo('new OneHotEncoder');
  }

  /** Python: `categories_`: the categories of each feature, in output order. */
  get categories(): Cell[][] {
    // TODO: NotFittedError before fit (likewise for the other fitted attributes and methods).
    return todo('OneHotEncoder.categories');
  }

  /** Python: `drop_idx_`: per feature, the index of the dropped category (or null); null when nothing is dropped. */
  get dropIdx(): (number | null)[] | null {
    // TODO
    return todo('OneHotEncoder.dropIdx');
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    // TODO
    return todo('OneHotEncoder.nFeaturesIn');
  }

  /** Learns the sorted categories of every column; returns `this`. */
  fit(X: Matrix): this {
    // TODO: per column, the distinct present values sorted the Python way, then null last if a
    // value was missing. Then work out which category index each feature drops.
    return todo('OneHotEncoder.fit');
  }

  /** One-hot encodes `X`: per feature a block of 0/1 columns, minus the dropped one. */
  transform(X: Matrix): number[][] {
    // TODO
    return todo('OneHotEncoder.transform');
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    // TODO
    return todo('OneHotEncoder.fitTransform');
  }

  /**
   * Python: `inverse_transform(Y)`: the category of the largest entry of each block. An all-zero
   * block gives the dropped category if there is one, else null under `handleUnknown: 'ignore'`,
   * else `ValueError`.
   */
  inverseTransform(Y: readonly (readonly number[])[]): Cell[][] {
    // TODO
    return todo('OneHotEncoder.inverseTransform');
  }

  /** Python: `get_feature_names_out(input_features)`: `feature_category` for every output column. */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    // TODO: `${feature}_${category}`, 'nan' for the missing category, dropped ones left out.
    return todo('OneHotEncoder.getFeatureNamesOut');
  }
}
