import { todo } from '@roadmap/todo';
import { NotFittedError, ValueError } from './_errors.ts';
import type { Cell } from './_types.ts';

/** What `SimpleImputer` fills a missing cell with. */
export type ImputeStrategy = 'mean' | 'median' | 'most_frequent' | 'constant';

/** `SimpleImputer(strategy='mean', fill_value=None, keep_empty_features=False)`. */
export interface SimpleImputerOptions {
  /** @default 'mean' */
  strategy?: ImputeStrategy;
  /** For `'constant'`: the fill; null means 0 for numeric data and `'missing_value'` for strings. @default null */
  fillValue?: number | string | null;
  /** Keep (and fill with 0) the columns that had no value at all during fit. @default false */
  keepEmptyFeatures?: boolean;
}

/** A table of cells: missing values are null or NaN. */
type Matrix = readonly (readonly Cell[])[];

/**
 * Python: `sklearn.impute.SimpleImputer`. Learns one statistic per column in `fit` (ignoring the
 * missing cells) and writes it into the missing cells in `transform`.
 *
 * ```python
 * imp = SimpleImputer(strategy='mean')
 * imp.fit_transform([[25.], [30.], [np.nan], [40.], [35.]])   # the nan becomes 32.5
 * imp.statistics_                                             # array([32.5])
 * ```
 * - `mean` / `median` need numbers (`ValueError` on strings); the median of an even count is
 *   the mean of the middle two.
 * - `most_frequent` breaks ties by the smallest value (strings by code point).
 * - `constant` uses `fillValue`, by default 0, or `'missing_value'` when the data holds strings.
 * - A column with no value at all during fit has statistic NaN and is dropped from the output,
 *   unless `keepEmptyFeatures` (then its statistic and fill are 0; `constant` always keeps it).
 */
export class SimpleImputer {
  readonly strategy: ImputeStrategy;
  readonly fillValue: number | string | null;
  readonly keepEmptyFeatures: boolean;

  constructor(opts: SimpleImputerOptions = {}) {
    // TODO: store the options with scikit-learn's defaults (strategy 'mean', fillValue null,
    // keepEmptyFeatures false) and throw ValueError for an unknown strategy.
    todo('new SimpleImputer');
  }

  /** Python: `imp.statistics_`: the fill value learned for each input column. */
  get statistics(): (number | string)[] {
    // TODO: NotFittedError before fit.
    return todo('SimpleImputer.statistics');
  }

  /** Python: `imp.n_features_in_`. */
  get nFeaturesIn(): number {
    // TODO
    return todo('SimpleImputer.nFeaturesIn');
  }

  /** Learns one statistic per column of `X`; returns `this`. */
  fit(X: Matrix): this {
    // TODO: per column, the statistic of the present cells (null and NaN are missing). Remember
    // which columns were empty. Throw ValueError for mean/median on strings, and for a string
    // fillValue when the data has no strings.
    return todo('SimpleImputer.fit');
  }

  /** Fills the missing cells of `X` with the learned statistics (and drops empty columns). */
  transform(X: readonly (readonly (number | null)[])[]): number[][];
  transform(X: Matrix): Cell[][];
  transform(X: Matrix): Cell[][] {
    // TODO: NotFittedError before fit; ValueError when a row has the wrong length.
    return todo('SimpleImputer.transform');
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: readonly (readonly (number | null)[])[]): number[][];
  fitTransform(X: Matrix): Cell[][];
  fitTransform(X: Matrix): Cell[][] {
    // TODO
    return todo('SimpleImputer.fitTransform');
  }

  /** Python: `imp.get_feature_names_out(input_features)`: the names of the kept columns (default `x0, x1, ...`). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    // TODO
    return todo('SimpleImputer.getFeatureNamesOut');
  }
}
