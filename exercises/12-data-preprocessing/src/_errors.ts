// Support file (given, not an exercise): the errors this stage's code throws, named after the
// Python exceptions they stand for. Identical in exercises/ and solutions/.

/** Python's `ValueError`: the argument has the right type but a value that cannot be used. */
export class ValueError extends Error {
  override name = 'ValueError';
}

/** Python's `KeyError`: a column (or key) that does not exist was asked for. */
export class KeyError extends Error {
  override name = 'KeyError';
}

/**
 * `sklearn.exceptions.NotFittedError`: an estimator was used (`transform`, a fitted attribute)
 * before `fit`. As in scikit-learn it is also a `ValueError`.
 */
export class NotFittedError extends ValueError {
  override name = 'NotFittedError';
}
