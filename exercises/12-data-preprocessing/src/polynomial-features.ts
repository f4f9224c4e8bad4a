import { todo } from '@roadmap/todo';
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

  constructor(opts: PolynomialFeaturesOptions = {}) {
    // TODO: store the options (degree 2, interactionOnly false, includeBias true).
    todo('new PolynomialFeatures');
  }

  /** Python: `powers_`: one row per output column, the exponent of each input feature. */
  get powers(): number[][] {
    // TODO: NotFittedError before fit.
    return todo('PolynomialFeatures.powers');
  }

  /** Python: `n_output_features_`. */
  get nOutputFeatures(): number {
    // TODO
    return todo('PolynomialFeatures.nOutputFeatures');
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    // TODO
    return todo('PolynomialFeatures.nFeaturesIn');
  }

  /** Works out the output terms for `X`'s number of columns; returns `this`. */
  fit(X: Matrix): this {
    // TODO: validate the degree, then list the terms: the bias (if included), then for each
    // degree k the index tuples of combinations_with_replacement(range(n), k) (or combinations
    // for interactionOnly), turned into exponent rows.
    return todo('PolynomialFeatures.fit');
  }

  /** One output column per term: the product of each input raised to its power. */
  transform(X: Matrix): number[][] {
    // TODO
    return todo('PolynomialFeatures.transform');
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    // TODO
    return todo('PolynomialFeatures.fitTransform');
  }

  /** Python: `get_feature_names_out(input_features)`: `'1'`, `'x0'`, `'x0^2'`, `'x0 x1'`, ... */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    // TODO
    return todo('PolynomialFeatures.getFeatureNamesOut');
  }
}
