/**
 * Given code (not an exercise): what an estimator throws when it is used before `fit`.
 * Python: `sklearn.exceptions.NotFittedError`.
 */
export class NotFittedError extends Error {
  override readonly name = 'NotFittedError';
  constructor(estimator: string) {
    super(`This ${estimator} instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator.`);
  }
}
