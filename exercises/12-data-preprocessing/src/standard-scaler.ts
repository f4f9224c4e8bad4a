import { todo } from '@roadmap/todo';
import { NotFittedError, ValueError } from './_errors.ts';

/** `StandardScaler(with_mean=True, with_std=True)`. */
export interface StandardScalerOptions {
  /** Subtract the mean. @default true */
  withMean?: boolean;
  /** Divide by the standard deviation. @default true */
  withStd?: boolean;
}

/** Numbers; NaN (or null) marks a missing value. */
type Matrix = readonly (readonly (number | null)[])[];

/**
 * Python: `sklearn.preprocessing.StandardScaler`: z = (x − mean) / scale, per column.
 *
 * ```python
 * sc = StandardScaler().fit([[25.], [30.], [32.5], [40.], [35.]])
 * sc.mean_, sc.var_, sc.scale_     # [32.5], [25.], [5.]
 * sc.transform([[25.]])            # [[-1.5]]
 * ```
 * - The variance is the population variance (ddof 0): divide by n, not n − 1.
 * - Missing values (NaN, null) are ignored by fit and come out of transform as NaN.
 * - A constant column gets scale 1 (so it maps to 0). "Constant" includes columns whose variance
 *   is only rounding noise: scikit-learn treats var ≤ n·ε·var + (n·mean·ε)² as zero (ε = 2⁻⁵²),
 *   so [0.1, 0.1, 0.1] is constant even though its computed variance is about 1e-34.
 * - `withStd: false` leaves `var` and `scale` null; with both options false `mean` is null too.
 */
export class StandardScaler {
  readonly withMean: boolean;
  readonly withStd: boolean;

  constructor(opts: StandardScalerOptions = {}) {
    // TODO: store the options (both default to true).
    todo('new StandardScaler');
  }

  /** Python: `mean_` (computed whenever either option is on). */
  get mean(): number[] | null {
    // TODO: NotFittedError before fit.
    return todo('StandardScaler.mean');
  }

  /** Python: `var_`, the population variance per column (null when `withStd` is false). */
  get var(): number[] | null {
    // TODO
    return todo('StandardScaler.var');
  }

  /** Python: `scale_`: the square root of `var`, with constant columns set to 1 (null when `withStd` is false). */
  get scale(): number[] | null {
    // TODO
    return todo('StandardScaler.scale');
  }

  /** Python: `n_samples_seen_`, always per column here: the present values each column had. */
  get nSamplesSeen(): number[] {
    // TODO
    return todo('StandardScaler.nSamplesSeen');
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    // TODO
    return todo('StandardScaler.nFeaturesIn');
  }

  /** Learns mean and variance of every column (ignoring NaN); returns `this`. */
  fit(X: Matrix): this {
    // TODO: per column, over the present values: mean, then the mean squared deviation (ddof 0).
    // scale = sqrt(var), or 1 when var <= n*eps*var + (n*mean*eps)**2 with eps = Number.EPSILON.
    return todo('StandardScaler.fit');
  }

  /** Python: `transform(X)`: (x − mean) / scale for each option that is on; NaN stays NaN. */
  transform(X: Matrix): number[][] {
    // TODO: NotFittedError before fit, ValueError for a row of the wrong width.
    return todo('StandardScaler.transform');
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    // TODO
    return todo('StandardScaler.fitTransform');
  }

  /** Python: `inverse_transform(Z)`: z · scale + mean, undoing `transform`. */
  inverseTransform(Z: Matrix): number[][] {
    // TODO
    return todo('StandardScaler.inverseTransform');
  }

  /** Python: `get_feature_names_out(input_features)`: one output per input, same names (default `x0, x1, ...`). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    // TODO
    return todo('StandardScaler.getFeatureNamesOut');
  }
}
