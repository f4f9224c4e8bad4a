// Mistake: orders the terms feature by feature (x0, x0^2, x1, x0 x1, x1^2) instead of by degree first.
import { NotFittedError, ValueError } from './_errors.ts';

/** `PolynomialFeatures(degree=2, interaction_only=False, include_bias=True)`. */
export interface PolynomialFeaturesOptions {
  /** The highest total degree, or `[min, max]` to keep only terms of degree min..max (plus the bias). @default 2 */
  degree?: number | readonly [number, number];
  /** Only products of distinct features (no x0^2). @default false */
  interactionOnly?: boolean;
  /** Start with the constant column 1. @default true */
  includeBias?: boolean;
}

/** Numbers; NaN propagates. */
type Matrix = readonly (readonly number[])[];

/**
 * Every multiset (or set, for interaction only) of `k` feature indices, in lexicographic order:
 * Python's `itertools.combinations_with_replacement(range(n), k)` / `combinations(range(n), k)`.
 */
function combos(n: number, k: number, distinct: boolean): number[][] {
  const out: number[][] = [];
  const walk = (from: number, acc: number[]) => {
    if (acc.length === k) {
      out.push([...acc]);
      return;
    }
    for (let j = from; j < n; j++) walk(distinct ? j + 1 : j, [...acc, j]);
  };
  walk(0, []);
  return out;
}

/**
 * Python: `sklearn.preprocessing.PolynomialFeatures`: every product of input columns up to the
 * degree, in scikit-learn's order: the bias, then degree 1, then degree 2, ... and within a
 * degree the index tuples of `itertools.combinations_with_replacement` in order.
 *
 * ```python
 * pf = PolynomialFeatures(degree=2).fit([[2., 3.]])
 * pf.get_feature_names_out()     # ['1', 'x0', 'x1', 'x0^2', 'x0 x1', 'x1^2']
 * pf.transform([[2., 3.]])       # [[1, 2, 3, 4, 6, 9]]
 * ```
 * Names join the factors with a space and write a power above 1 as `^p`. Degree 0 without the
 * bias (nothing to output) and a `[min, max]` with min > max throw `ValueError`.
 */
export class PolynomialFeatures {
  readonly degree: number | readonly [number, number];
  readonly interactionOnly: boolean;
  readonly includeBias: boolean;
  private fitted: { powers: number[][]; nFeaturesIn: number } | undefined;

  constructor(opts: PolynomialFeaturesOptions = {}) {
    this.degree = opts.degree ?? 2;
    this.interactionOnly = opts.interactionOnly ?? false;
    this.includeBias = opts.includeBias ?? true;
  }

  /** Python: `powers_`: one row per output column, the exponent of each input feature. */
  get powers(): number[][] {
    return this.state().powers.map((p) => [...p]);
  }

  /** Python: `n_output_features_`. */
  get nOutputFeatures(): number {
    return this.state().powers.length;
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    return this.state().nFeaturesIn;
  }

  /** Works out the output terms for `X`'s number of columns; returns `this`. */
  fit(X: Matrix): this {
    const [minDegree, maxDegree] = typeof this.degree === 'number' ? [0, this.degree] : this.degree;
    if (!Number.isInteger(minDegree) || !Number.isInteger(maxDegree) || minDegree < 0 || minDegree > maxDegree) {
      throw new ValueError(`degree must be a non-negative integer or a [min, max] pair with min <= max, got ${JSON.stringify(this.degree)}`);
    }
    if (maxDegree === 0 && !this.includeBias) throw new ValueError('Setting degree to zero and includeBias to false would result in an empty output array.');
    const n = X[0]?.length ?? 0;
    const powers: number[][] = [];
    const add = (combo: number[]) => {
      const p = new Array<number>(n).fill(0);
      for (const j of combo) p[j]! += 1;
      powers.push(p);
    };
    if (this.includeBias) add([]);
    // Degree 0 is the bias alone, so the terms start at degree 1 whatever the minimum.
    const all: number[][] = [];
    for (let k = Math.max(1, minDegree); k <= maxDegree; k++) all.push(...combos(n, k, this.interactionOnly));
    all.sort((a, b) => a[a.length - 1]! - b[b.length - 1]! || a.length - b.length);
    for (const c of all) add(c);
    this.fitted = { powers, nFeaturesIn: n };
    return this;
  }

  /** One output column per term: the product of each input raised to its power. */
  transform(X: Matrix): number[][] {
    const { powers, nFeaturesIn } = this.state();
    return X.map((row) => {
      if (row.length !== nFeaturesIn) throw new ValueError(`X has ${row.length} features, but PolynomialFeatures is expecting ${nFeaturesIn} features as input`);
      return powers.map((p) => {
        let value = 1;
        p.forEach((e, j) => {
          for (let t = 0; t < e; t++) value *= row[j]!;
        });
        return value;
      });
    });
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    return this.fit(X).transform(X);
  }

  /** Python: `get_feature_names_out(input_features)`: `'1'`, `'x0'`, `'x0^2'`, `'x0 x1'`, ... */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    const { powers, nFeaturesIn } = this.state();
    if (inputFeatures && inputFeatures.length !== nFeaturesIn) throw new ValueError(`expected ${nFeaturesIn} input feature names, got ${inputFeatures.length}`);
    const names = inputFeatures ?? Array.from({ length: nFeaturesIn }, (_, j) => `x${j}`);
    return powers.map((p) => {
      const factors = p.flatMap((e, j) => (e === 0 ? [] : [e === 1 ? names[j]! : `${names[j]}^${e}`]));
      return factors.length ? factors.join(' ') : '1';
    });
  }

  private state() {
    if (!this.fitted) throw new NotFittedError('This PolynomialFeatures instance is not fitted yet. Call fit before using it.');
    return this.fitted;
  }
}
