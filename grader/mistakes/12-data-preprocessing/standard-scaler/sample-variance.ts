// Mistake: divides the squared deviations by n - 1 (the sample variance, ddof 1) instead of n: the roadmap Age row 0 becomes -1.341641 instead of -1.5.
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

interface Fitted {
  mean: number[] | null;
  var: number[] | null;
  scale: number[] | null;
  nSamplesSeen: number[];
}

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
  private fitted: Fitted | undefined;

  constructor(opts: StandardScalerOptions = {}) {
    this.withMean = opts.withMean ?? true;
    this.withStd = opts.withStd ?? true;
  }

  /** Python: `mean_` (computed whenever either option is on). */
  get mean(): number[] | null {
    return this.state().mean?.slice() ?? null;
  }

  /** Python: `var_`, the population variance per column (null when `withStd` is false). */
  get var(): number[] | null {
    return this.state().var?.slice() ?? null;
  }

  /** Python: `scale_`: the square root of `var`, with constant columns set to 1 (null when `withStd` is false). */
  get scale(): number[] | null {
    return this.state().scale?.slice() ?? null;
  }

  /** Python: `n_samples_seen_`, always per column here: the present values each column had. */
  get nSamplesSeen(): number[] {
    return this.state().nSamplesSeen.slice();
  }

  /** Python: `n_features_in_`. */
  get nFeaturesIn(): number {
    return this.state().nSamplesSeen.length;
  }

  /** Learns mean and variance of every column (ignoring NaN); returns `this`. */
  fit(X: Matrix): this {
    const d = X[0]?.length ?? 0;
    for (const row of X) if (row.length !== d) throw new ValueError('all rows must have the same number of columns');
    const eps = Number.EPSILON; // np.finfo(np.float64).eps = 2^-52
    const mean: number[] = [];
    const variance: number[] = [];
    const n: number[] = [];
    for (let j = 0; j < d; j++) {
      const xs = X.map((row) => row[j] ?? NaN).filter((x) => !Number.isNaN(x));
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      // Two passes (mean first, then squared deviations) keep the variance accurate.
      variance.push(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
      mean.push(m);
      n.push(xs.length);
    }
    const both = this.withMean || this.withStd;
    this.fitted = {
      mean: both ? mean : null,
      var: this.withStd ? variance : null,
      scale: this.withStd
        ? variance.map((v, j) => {
            // sklearn's _is_constant_feature: the variance is within the rounding error bound of zero.
            const constant = v <= n[j]! * eps * v + (n[j]! * mean[j]! * eps) ** 2;
            return constant ? 1 : Math.sqrt(v);
          })
        : null,
      nSamplesSeen: n,
    };
    return this;
  }

  /** Python: `transform(X)`: (x − mean) / scale for each option that is on; NaN stays NaN. */
  transform(X: Matrix): number[][] {
    const f = this.state();
    return X.map((row) => {
      this.checkWidth(row);
      return row.map((v, j) => {
        let x = v ?? NaN;
        if (this.withMean) x -= f.mean![j]!;
        if (this.withStd) x /= f.scale![j]!;
        return x;
      });
    });
  }

  /** `fit(X)` then `transform(X)`. */
  fitTransform(X: Matrix): number[][] {
    return this.fit(X).transform(X);
  }

  /** Python: `inverse_transform(Z)`: z · scale + mean, undoing `transform`. */
  inverseTransform(Z: Matrix): number[][] {
    const f = this.state();
    return Z.map((row) => {
      this.checkWidth(row);
      return row.map((v, j) => {
        let x = v ?? NaN;
        if (this.withStd) x *= f.scale![j]!;
        if (this.withMean) x += f.mean![j]!;
        return x;
      });
    });
  }

  /** Python: `get_feature_names_out(input_features)`: one output per input, same names (default `x0, x1, ...`). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    const d = this.nFeaturesIn;
    if (inputFeatures && inputFeatures.length !== d) throw new ValueError(`expected ${d} input feature names, got ${inputFeatures.length}`);
    return inputFeatures ? [...inputFeatures] : Array.from({ length: d }, (_, j) => `x${j}`);
  }

  private state(): Fitted {
    if (!this.fitted) throw new NotFittedError('This StandardScaler instance is not fitted yet. Call fit before using it.');
    return this.fitted;
  }

  private checkWidth(row: readonly unknown[]): void {
    const d = this.state().nSamplesSeen.length;
    if (row.length !== d) throw new ValueError(`X has ${row.length} features, but StandardScaler is expecting ${d} features as input`);
  }
}
