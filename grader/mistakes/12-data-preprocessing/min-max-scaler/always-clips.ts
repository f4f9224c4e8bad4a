// Mistake: clips into the feature range even when clip is false, hiding values outside the fitted range.
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

interface Fitted {
  dataMin: number[];
  dataMax: number[];
  dataRange: number[];
  scale: number[];
  min: number[];
  nSamplesSeen: number;
}

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
  private fitted: Fitted | undefined;

  constructor(opts: MinMaxScalerOptions = {}) {
    this.featureRange = opts.featureRange ? [opts.featureRange[0], opts.featureRange[1]] : [0, 1];
    this.clip = opts.clip ?? false;
  }

  /** Python: `data_min_`. */
  get dataMin(): number[] {
    return this.state().dataMin.slice();
  }

  /** Python: `data_max_`. */
  get dataMax(): number[] {
    return this.state().dataMax.slice();
  }

  /** Python: `data_range_` = dataMax − dataMin (before the zero-range fix). */
  get dataRange(): number[] {
    return this.state().dataRange.slice();
  }

  /** Python: `scale_`. */
  get scale(): number[] {
    return this.state().scale.slice();
  }

  /** Python: `min_`: the offset added after scaling (not the data minimum). */
  get min(): number[] {
    return this.state().min.slice();
  }

  /** Python: `n_samples_seen_`: the number of rows seen by fit. */
  get nSamplesSeen(): number {
    return this.state().nSamplesSeen;
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    return this.state().dataMin.length;
  }

  /** Learns each column's minimum and maximum (ignoring NaN); returns `this`. */
  fit(X: Matrix): this {
    const [low, high] = this.featureRange;
    if (!(low < high)) throw new ValueError(`Minimum of desired feature range must be smaller than maximum. Got (${low}, ${high}).`);
    const d = X[0]?.length ?? 0;
    for (const row of X) if (row.length !== d) throw new ValueError('all rows must have the same number of columns');
    const dataMin: number[] = [];
    const dataMax: number[] = [];
    for (let j = 0; j < d; j++) {
      const xs = X.map((row) => row[j] ?? NaN).filter((x) => !Number.isNaN(x));
      // A loop, not Math.min(...xs): spreading a long column overflows the call stack.
      dataMin.push(xs.length ? xs.reduce((a, b) => Math.min(a, b)) : NaN);
      dataMax.push(xs.length ? xs.reduce((a, b) => Math.max(a, b)) : NaN);
    }
    const dataRange = dataMax.map((mx, j) => mx - dataMin[j]!);
    // sklearn's _handle_zeros_in_scale: a range below 10 * eps is replaced by 1.
    const scale = dataRange.map((r) => (high - low) / (r < 10 * Number.EPSILON ? 1 : r));
    const min = scale.map((s, j) => low - dataMin[j]! * s);
    this.fitted = { dataMin, dataMax, dataRange, scale, min, nSamplesSeen: X.length };
    return this;
  }

  /** Python: `transform(X)`: x · scale + min, clipped into the feature range when `clip`. */
  transform(X: Matrix): number[][] {
    const { scale, min } = this.state();
    const [low, high] = this.featureRange;
    return X.map((row) => {
      this.checkWidth(row);
      return row.map((v, j) => {
        const y = (v ?? NaN) * scale[j]! + min[j]!;
        return !Number.isNaN(y) ? Math.min(high, Math.max(low, y)) : y;
      });
    });
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    return this.fit(X).transform(X);
  }

  /** Python: `inverse_transform(Y)`: (y − min) / scale. */
  inverseTransform(Y: Matrix): number[][] {
    const { scale, min } = this.state();
    return Y.map((row) => {
      this.checkWidth(row);
      return row.map((v, j) => ((v ?? NaN) - min[j]!) / scale[j]!);
    });
  }

  /** Python: `get_feature_names_out(input_features)`: the input names (default `x0, x1, ...`). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    const d = this.nFeaturesIn;
    if (inputFeatures && inputFeatures.length !== d) throw new ValueError(`expected ${d} input feature names, got ${inputFeatures.length}`);
    return inputFeatures ? [...inputFeatures] : Array.from({ length: d }, (_, j) => `x${j}`);
  }

  private state(): Fitted {
    if (!this.fitted) throw new NotFittedError('This MinMaxScaler instance is not fitted yet. Call fit before using it.');
    return this.fitted;
  }

  private checkWidth(row: readonly unknown[]): void {
    const d = this.state().dataMin.length;
    if (row.length !== d) throw new ValueError(`X has ${row.length} features, but MinMaxScaler is expecting ${d} features as input`);
  }
}
