/**
 * Given code (not an exercise): the error `solve` and `inverse` throw for a singular matrix.
 * Python: `numpy.linalg.LinAlgError("Singular matrix")`.
 */
export class SingularMatrixError extends Error {
  override readonly name = 'SingularMatrixError';
  constructor(message = 'Singular matrix') {
    super(message);
  }
}
