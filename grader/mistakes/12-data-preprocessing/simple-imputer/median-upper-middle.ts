// Mistake: the median of an even count takes the upper middle value instead of averaging the two middle values.
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

const isMissing = (v: Cell | undefined): boolean => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** Python's order: numbers numerically, strings by code point, numbers before strings. */
function pyCompare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const ca = [...a].map((c) => c.codePointAt(0)!);
  const cb = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  return ca.length - cb.length;
}

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
  private fitted: { statistics: (number | string)[]; keep: boolean[] } | undefined;

  constructor(opts: SimpleImputerOptions = {}) {
    this.strategy = opts.strategy ?? 'mean';
    this.fillValue = opts.fillValue ?? null;
    this.keepEmptyFeatures = opts.keepEmptyFeatures ?? false;
    if (!['mean', 'median', 'most_frequent', 'constant'].includes(this.strategy)) throw new ValueError(`unknown strategy ${String(this.strategy)}`);
  }

  /** Python: `imp.statistics_`: the fill value learned for each input column. */
  get statistics(): (number | string)[] {
    return [...this.state().statistics];
  }

  /** Python: `imp.n_features_in_`. */
  get nFeaturesIn(): number {
    return this.state().statistics.length;
  }

  /** Learns one statistic per column of `X`; returns `this`. */
  fit(X: Matrix): this {
    const nFeatures = X[0]?.length ?? 0;
    for (const row of X) if (row.length !== nFeatures) throw new ValueError('all rows must have the same number of columns');
    const hasStrings = X.some((row) => row.some((v) => typeof v === 'string'));
    if (this.strategy === 'constant' && typeof this.fillValue === 'string' && !hasStrings) {
      throw new ValueError(`fillValue ${JSON.stringify(this.fillValue)} is not numeric, but the data is`);
    }
    const statistics: (number | string)[] = [];
    const keep: boolean[] = [];
    for (let j = 0; j < nFeatures; j++) {
      const present = X.map((row) => row[j]!).filter((v) => !isMissing(v)) as (number | string)[];
      let stat: number | string;
      if (this.strategy === 'constant') {
        stat = this.fillValue ?? (hasStrings ? 'missing_value' : 0);
      } else if (present.length === 0) {
        stat = NaN;
      } else if (this.strategy === 'most_frequent') {
        const counts = new Map<number | string, number>();
        for (const v of present) counts.set(v, (counts.get(v) ?? 0) + 1);
        const top = Math.max(...counts.values());
        stat = [...counts].filter(([, c]) => c === top).map(([v]) => v).sort(pyCompare)[0]!;
      } else {
        if (present.some((v) => typeof v !== 'number')) throw new ValueError(`cannot use the ${this.strategy} strategy with non-numeric data (column ${j})`);
        const xs = present as number[];
        if (this.strategy === 'mean') stat = xs.reduce((s, x) => s + x, 0) / xs.length;
        else {
          const sorted = [...xs].sort((a, b) => a - b);
          const mid = sorted.length >> 1;
          stat = sorted[mid]!;
        }
      }
      const empty = typeof stat === 'number' && Number.isNaN(stat);
      // keep_empty_features: the empty column stays, filled with 0.
      if (empty && this.keepEmptyFeatures) stat = 0;
      statistics.push(stat);
      keep.push(!empty || this.keepEmptyFeatures);
    }
    this.fitted = { statistics, keep };
    return this;
  }

  /** Fills the missing cells of `X` with the learned statistics (and drops empty columns). */
  transform(X: readonly (readonly (number | null)[])[]): number[][];
  transform(X: Matrix): Cell[][];
  transform(X: Matrix): Cell[][] {
    const { statistics, keep } = this.state();
    return X.map((row) => {
      if (row.length !== statistics.length) throw new ValueError(`X has ${row.length} features, but SimpleImputer is expecting ${statistics.length} features as input`);
      const out: Cell[] = [];
      row.forEach((v, j) => {
        if (keep[j]) out.push(isMissing(v) ? statistics[j]! : v);
      });
      return out;
    });
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: readonly (readonly (number | null)[])[]): number[][];
  fitTransform(X: Matrix): Cell[][];
  fitTransform(X: Matrix): Cell[][] {
    return this.fit(X).transform(X);
  }

  /** Python: `imp.get_feature_names_out(input_features)`: the names of the kept columns (default `x0, x1, ...`). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    const { keep } = this.state();
    if (inputFeatures && inputFeatures.length !== keep.length) throw new ValueError(`expected ${keep.length} input feature names, got ${inputFeatures.length}`);
    const names = inputFeatures ?? keep.map((_, j) => `x${j}`);
    return names.filter((_, j) => keep[j]);
  }

  private state() {
    if (!this.fitted) throw new NotFittedError('This SimpleImputer instance is not fitted yet. Call fit before using it.');
    return this.fitted;
  }
}
