import { todo } from '@roadmap/todo';
import { ValueError } from './_errors.ts';

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
 *
 * You may reuse your SimpleImputer and StandardScaler (import them from './simple-imputer.ts'
 * and './standard-scaler.ts').
 */
export function preprocessSplit(X: Matrix, testIndices: readonly number[]): SplitResult {
  // TODO: check the indices, split the rows, fit the mean imputer and then the scaler on the
  // training rows only, and transform both halves with them.
  return todo('preprocessSplit');
}
