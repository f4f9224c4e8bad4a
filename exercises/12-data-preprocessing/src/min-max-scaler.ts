import { todo } from '@roadmap/todo';
import { NotFittedError, ValueError } from './_errors.ts';

/** `MinMaxScaler(feature_range=(0, 1), clip=False)`. */
export interface MinMaxScalerOptions {
  /** The output range `[low, high]`, low < high. @default [0, 1] */
  featureRange?: readonly [number, number];
  /** Clip transformed values into the feature range. @default false */
  clip?: boolean;
}

/** Numbers; NaN (or null) marks a missing value. */
type Matrix = readonly (readonly (number | null)[])[];

/**
 * Python: `sklearn.preprocessing.MinMaxScaler`: maps each column's [min, max] onto the feature
 * range. Like scikit-learn it stores the map as `x * scale + min`, where
 * `scale = (high − low) / range` and `min = low − dataMin * scale`.
 *
 * ```python
 * mm = MinMaxScaler().fit([[1.], [3.], [5.]])
 * mm.transform([[4.], [7.]])                  # [[0.75], [1.5]]: outside the fitted range unless clip=True
 * ```
 * - A zero range counts as 1 (anything below 10·ε does), so a constant column maps to `low`.
 * - NaN is ignored by fit and passes through transform.
 * - `featureRange` with low ≥ high throws `ValueError` in fit.
 */
export class MinMaxScaler {
  readonly featureRange: readonly [number, number];
  readonly clip: boolean;

  constructor(opts: MinMaxScalerOptions = {}) {
    // TODO: store the options (featureRange [0, 1], clip false by default).
    todo('new MinMaxScaler');
  }

  /** Python: `data_min_`. */
  get dataMin(): number[] {
    // TODO: NotFittedError before fit (likewise for every fitted attribute).
    return todo('MinMaxScaler.dataMin');
  }

  /** Python: `data_max_`. */
  get dataMax(): number[] {
    // TODO
    return todo('MinMaxScaler.dataMax');
  }

  /** Python: `data_range_` = dataMax − dataMin (before the zero-range fix). */
  get dataRange(): number[] {
    // TODO
    return todo('MinMaxScaler.dataRange');
  }

  /** Python: `scale_`. */
  get scale(): number[] {
    // TODO
    return todo('MinMaxScaler.scale');
  }

  /** Python: `min_`: the offset added after scaling (not the data minimum). */
  get min(): number[] {
    // TODO
    return todo('MinMaxScaler.min');
  }

  /** Python: `n_samples_seen_`: the number of rows seen by fit. */
  get nSamplesSeen(): number {
    // TODO
    return todo('MinMaxScaler.nSamplesSeen');
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    // TODO
    return todo('MinMaxScaler.nFeaturesIn');
  }

  /** Learns each column's minimum and maximum (ignoring NaN); returns `this`. */
  fit(X: Matrix): this {
    // TODO: check the feature range, then per column: min, max, range, scale and min (offset).
    return todo('MinMaxScaler.fit');
  }

  /** Python: `transform(X)`: x · scale + min, clipped into the feature range when `clip`. */
  transform(X: Matrix): number[][] {
    // TODO
    return todo('MinMaxScaler.transform');
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    // TODO
    return todo('MinMaxScaler.fitTransform');
  }

  /** Python: `inverse_transform(Y)`: (y − min) / scale. */
  inverseTransform(Y: Matrix): number[][] {
    // TODO
    return todo('MinMaxScaler.inverseTransform');
  }

  /** Python: `get_feature_names_out(input_features)`: the input names (default `x0, x1, ...`). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    // TODO
    return todo('MinMaxScaler.getFeatureNamesOut');
  }
}
