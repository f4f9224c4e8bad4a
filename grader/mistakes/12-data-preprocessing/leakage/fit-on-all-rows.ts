// Mistake: fits the imputer and the scaler on all rows before splitting, so the test rows leak into the statistics.
import { ValueError } from './_errors.ts';
import { SimpleImputer } from './simple-imputer.ts';
import { StandardScaler } from './standard-scaler.ts';

/** Numbers; NaN (or null) marks a missing value. */
type Matrix = readonly (readonly (number | null)[])[];

/** Both halves after preprocessing, and what was learned (from the training rows only). */
export interface SplitResult {
  /** The training rows (every row not in `testIndices`, in their original order), imputed and scaled. */
  train: number[][];
  /** The test rows, in the order of `testIndices`, imputed and scaled with the training statistics. */
  test: number[][];
  /** The imputer's column means (`statistics_`), from the training rows. */
  statistics: number[];
  /** The scaler's `mean_`, from the imputed training rows. */
  mean: number[];
  /** The scaler's `scale_`, from the imputed training rows. */
  scale: number[];
}

/**
 * Python, without leakage:
 *
 * ```python
 * X_train, X_test = X[train_idx], X[test_idx]
 * pipe = make_pipeline(SimpleImputer(strategy='mean'), StandardScaler())
 * pipe.fit(X_train)                      # the test rows are never seen here
 * Z_train, Z_test = pipe.transform(X_train), pipe.transform(X_test)
 * ```
 * Fitting on all of `X` before splitting lets the test rows shape the means and scales the
 * model is judged with: an optimistic, leaky evaluation. `testIndices` must be distinct row
 * indices (`ValueError` otherwise); the training rows are all the others.
 */
export function preprocessSplit(X: Matrix, testIndices: readonly number[]): SplitResult {
  const n = X.length;
  const isTest = new Array<boolean>(n).fill(false);
  for (const i of testIndices) {
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new ValueError(`test index ${i} is not a row of X (0..${n - 1})`);
    if (isTest[i]) throw new ValueError(`test index ${i} appears twice`);
    isTest[i] = true;
  }
  const trainRows = X.filter((_, i) => !isTest[i]);
  const testRows = testIndices.map((i) => X[i]!);
  if (trainRows.length === 0) throw new ValueError('no training rows left');

  // Fit on the training rows only; the test rows are only ever transformed.
  const imputer = new SimpleImputer({ strategy: 'mean' }).fit(X);
  const scaler = new StandardScaler().fit(imputer.transform(X));
  const prep = (rows: Matrix) => scaler.transform(imputer.transform(rows));
  return {
    train: prep(trainRows),
    test: prep(testRows),
    statistics: imputer.statistics as number[],
    mean: scaler.mean!,
    scale: scaler.scale!,
  };
}
