// Mistake: fits every pipeline step on the raw input instead of on the output of the steps before it.
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

/** Column names in the order they first appear across the records. */
const columnsOf = (records: readonly Row[]) => {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
};

/**
 * The named columns of the records as a matrix (a key missing from one record is a missing
 * value). A column no record has throws `KeyError`.
 */
function select(records: readonly Row[], columns: readonly string[]): Cell[][] {
  const known = new Set(columnsOf(records));
  for (const c of columns) if (!known.has(c)) throw new KeyError(`column ${JSON.stringify(c)} is not in the data`);
  return records.map((r) => columns.map((c) => r[c] ?? null));
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
  private fitted = false;

  constructor(steps: readonly (readonly [string, Transformer])[]) {
    const names = steps.map(([name]) => name);
    if (new Set(names).size !== names.length) throw new ValueError(`step names must be unique, got ${JSON.stringify(names)}`);
    if (names.some((n) => n.includes('__'))) throw new ValueError('step names must not contain "__"');
    this.steps = steps;
  }

  /** Python: `named_steps`: the steps by name. */
  get namedSteps(): Record<string, Transformer> {
    return Object.fromEntries(this.steps.map(([name, t]) => [name, t]));
  }

  /** Fits every step in turn on the output of the steps before it; returns `this`. */
  fit(X: Matrix): this {
    let data: Matrix = X;
    this.steps.forEach(([, t], i) => {
      t.fit(data);
      void i;
    });
    this.fitted = true;
    return this;
  }

  /** Runs `X` through every fitted step. */
  transform(X: Matrix): Cell[][] {
    if (!this.fitted) throw new NotFittedError('This Pipeline instance is not fitted yet. Call fit before using it.');
    let data: Cell[][] = X.map((row) => [...row]);
    for (const [, t] of this.steps) data = t.transform(data);
    return data;
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): Cell[][] {
    return this.fit(X).transform(X);
  }

  /** Python: `get_feature_names_out(input_features)`: the names passed through every step. */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new NotFittedError('This Pipeline instance is not fitted yet. Call fit before using it.');
    let names = inputFeatures;
    for (const [, t] of this.steps) names = t.getFeatureNamesOut(names);
    return [...(names ?? [])];
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
  private fitted: { featureNamesIn: string[]; remaining: string[] } | undefined;

  constructor(transformers: readonly TransformerSpec[], opts: ColumnTransformerOptions = {}) {
    const names = transformers.map(([name]) => name);
    if (new Set(names).size !== names.length) throw new ValueError(`transformer names must be unique, got ${JSON.stringify(names)}`);
    if (names.includes('remainder')) throw new ValueError('"remainder" is reserved for the remainder');
    this.transformers = transformers;
    this.remainder = opts.remainder ?? 'drop';
    this.verboseFeatureNamesOut = opts.verboseFeatureNamesOut ?? true;
  }

  /** Python: `feature_names_in_`: the input columns seen by fit, in order. */
  get featureNamesIn(): string[] {
    return [...this.state().featureNamesIn];
  }

  /** Python: `named_transformers_`: each transformer (or `'drop'` / `'passthrough'`) by name. */
  get namedTransformers(): Record<string, TransformerChoice> {
    this.state();
    return Object.fromEntries(this.transformers.map(([name, t]) => [name, t]));
  }

  /** Fits every transformer on its columns of `records`; returns `this`. */
  fit(records: readonly Row[]): this {
    const featureNamesIn = columnsOf(records);
    const used = new Set<string>();
    for (const [, t, columns] of this.transformers) {
      const X = select(records, columns); // KeyError for an unknown column, even for 'drop'
      for (const c of columns) used.add(c);
      if (typeof t !== 'string' && columns.length > 0) t.fit(X);
    }
    this.fitted = { featureNamesIn, remaining: featureNamesIn.filter((c) => !used.has(c)) };
    return this;
  }

  /** Transforms each column group with its fitted transformer and puts the results side by side. */
  transform(records: readonly Row[]): Cell[][] {
    const { remaining } = this.state();
    const blocks: Cell[][][] = [];
    for (const [, t, columns] of this.transformers) {
      if (t === 'drop' || columns.length === 0) continue;
      const X = select(records, columns);
      blocks.push(t === 'passthrough' ? X : t.transform(X));
    }
    if (this.remainder === 'passthrough' && remaining.length) blocks.push(select(records, remaining));
    // Horizontal stack: row i is the concatenation of every block's row i.
    return records.map((_, i) => blocks.flatMap((b) => b[i]!));
  }

  /** `fit(records)` then `transform(records)`. */
  fitTransform(records: readonly Row[]): Cell[][] {
    return this.fit(records).transform(records);
  }

  /** Python: `get_feature_names_out()`: `num__Age`, `cat__City_London`, `remainder__Name`, ... */
  getFeatureNamesOut(): string[] {
    const { remaining } = this.state();
    const groups: [string, string[]][] = [];
    for (const [name, t, columns] of this.transformers) {
      if (t === 'drop' || columns.length === 0) continue;
      groups.push([name, t === 'passthrough' ? [...columns] : t.getFeatureNamesOut(columns)]);
    }
    if (this.remainder === 'passthrough' && remaining.length) groups.push(['remainder', remaining]);
    if (this.verboseFeatureNamesOut) return groups.flatMap(([name, outs]) => outs.map((o) => `${name}__${o}`));
    const names = groups.flatMap(([, outs]) => outs);
    const dup = names.filter((n, i) => names.indexOf(n) !== i);
    if (dup.length) throw new ValueError(`Output feature names ${JSON.stringify([...new Set(dup)])} are not unique. Set verboseFeatureNamesOut to true.`);
    return names;
  }

  private state() {
    if (!this.fitted) throw new NotFittedError('This ColumnTransformer instance is not fitted yet. Call fit before using it.');
    return this.fitted;
  }
}
