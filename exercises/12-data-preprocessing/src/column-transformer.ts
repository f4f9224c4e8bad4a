import { todo } from '@roadmap/todo';
import { KeyError, NotFittedError, ValueError } from './_errors.ts';
import type { Cell, Row } from './_types.ts';

/** A table of cells, as transformers take and return it. */
type Matrix = readonly (readonly Cell[])[];

/**
 * Anything with scikit-learn's transformer API: `SimpleImputer`, `StandardScaler`,
 * `MinMaxScaler`, `OneHotEncoder`, `PolynomialFeatures`, a `Pipeline`, or your own class.
 */
export interface Transformer {
  fit(X: Matrix): unknown;
  transform(X: Matrix): Cell[][];
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[];
}

/** What a ColumnTransformer entry applies to its columns: a transformer, `'drop'` or `'passthrough'`. */
type TransformerChoice = Transformer | 'drop' | 'passthrough';

/** `(name, transformer, columns)`, as in scikit-learn's list of transformers. */
export type TransformerSpec = readonly [name: string, transformer: TransformerChoice, columns: readonly string[]];

/** `ColumnTransformer(transformers, remainder='drop', verbose_feature_names_out=True)`. */
export interface ColumnTransformerOptions {
  /** What happens to the columns no transformer names. @default 'drop' */
  remainder?: 'drop' | 'passthrough';
  /** Prefix every output name with `<transformer name>__`. @default true */
  verboseFeatureNamesOut?: boolean;
}

/**
 * Python: `sklearn.pipeline.Pipeline(steps)`: transformers applied one after the other; `fit`
 * fits each step on what the previous steps output.
 *
 * ```python
 * num = Pipeline([('imputer', SimpleImputer()), ('scaler', StandardScaler())])
 * num.fit_transform(X)
 * num.get_feature_names_out(['Age', 'Salary'])
 * ```
 */
export class Pipeline implements Transformer {
  readonly steps: readonly (readonly [string, Transformer])[];

  constructor(steps: readonly (readonly [string, Transformer])[]) {
    // TODO: store the steps (names must be unique: ValueError otherwise).
    this.steps = steps;
    todo('new Pipeline');
  }

  /** Python: `named_steps`: the steps by name. */
  get namedSteps(): Record<string, Transformer> {
    // TODO
    return todo('Pipeline.namedSteps');
  }

  /** Fits every step in turn on the output of the steps before it; returns `this`. */
  fit(X: Matrix): this {
    // TODO: fit step 1 on X, step 2 on step 1's transform of X, and so on.
    return todo('Pipeline.fit');
  }

  /** Runs `X` through every fitted step. */
  transform(X: Matrix): Cell[][] {
    // TODO: NotFittedError before fit.
    return todo('Pipeline.transform');
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): Cell[][] {
    // TODO
    return todo('Pipeline.fitTransform');
  }

  /** Python: `get_feature_names_out(input_features)`: the names passed through every step. */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    // TODO: feed each step's output names to the next step.
    return todo('Pipeline.getFeatureNamesOut');
  }
}

/**
 * Python: `sklearn.compose.ColumnTransformer`: each transformer gets its own columns of the
 * records; the outputs are put side by side in the order of `transformers`, then the remainder.
 *
 * ```python
 * ct = ColumnTransformer([
 *     ('num', Pipeline([('imputer', SimpleImputer()), ('scaler', StandardScaler())]), ['Age', 'Salary']),
 *     ('cat', OneHotEncoder(handle_unknown='ignore'), ['City']),
 * ], remainder='drop')
 * ct.fit_transform(df)
 * ct.get_feature_names_out()   # ['num__Age', 'num__Salary', 'cat__City_London', ...]
 * ```
 * - Input column order (for the remainder) is the order keys first appear in the records.
 * - `'passthrough'` copies its columns; `'drop'` leaves them out; a transformer with no columns is skipped.
 * - Names are `<name>__<output name>` (the remainder's `remainder__<column>`), or the bare output
 *   names with `verboseFeatureNamesOut: false`, which must then be unique (`ValueError`).
 * - Unlike scikit-learn, the transformers you pass are fitted in place, not cloned.
 */
export class ColumnTransformer {
  readonly transformers: readonly TransformerSpec[];
  readonly remainder: 'drop' | 'passthrough';
  readonly verboseFeatureNamesOut: boolean;

  constructor(transformers: readonly TransformerSpec[], opts: ColumnTransformerOptions = {}) {
    // TODO: store the transformers and options (remainder 'drop', verboseFeatureNamesOut true).
    todo('new ColumnTransformer');
  }

  /** Python: `feature_names_in_`: the input columns seen by fit, in order. */
  get featureNamesIn(): string[] {
    // TODO: NotFittedError before fit.
    return todo('ColumnTransformer.featureNamesIn');
  }

  /** Python: `named_transformers_`: each transformer (or `'drop'` / `'passthrough'`) by name. */
  get namedTransformers(): Record<string, TransformerChoice> {
    // TODO
    return todo('ColumnTransformer.namedTransformers');
  }

  /** Fits every transformer on its columns of `records`; returns `this`. */
  fit(records: readonly Row[]): this {
    // TODO: note the input columns (first-seen key order), fit each transformer on a matrix of
    // its own columns (KeyError for an unknown column), and remember which columns are left over.
    return todo('ColumnTransformer.fit');
  }

  /** Transforms each column group with its fitted transformer and puts the results side by side. */
  transform(records: readonly Row[]): Cell[][] {
    // TODO: one block per transformer in list order ('passthrough' copies, 'drop' skips), then
    // the remainder; row i of the output joins row i of every block.
    return todo('ColumnTransformer.transform');
  }

  /** `fit(records)` then `transform(records)`. */
  fitTransform(records: readonly Row[]): Cell[][] {
    // TODO
    return todo('ColumnTransformer.fitTransform');
  }

  /** Python: `get_feature_names_out()`: `num__Age`, `cat__City_London`, `remainder__Name`, ... */
  getFeatureNamesOut(): string[] {
    // TODO: ask each transformer with its column names as input features, then prefix.
    return todo('ColumnTransformer.getFeatureNamesOut');
  }
}
