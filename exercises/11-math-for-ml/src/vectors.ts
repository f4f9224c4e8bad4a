import { todo } from '@roadmap/todo';

/**
 * Vectors as plain `number[]`.
 *
 * Python (NumPy):
 * ```python
 * a @ b                      # dot
 * np.linalg.norm(v, ord=p)   # norm, ord = 1, 2, np.inf or any p >= 1
 * a @ b / (norm(a) * norm(b))
 * (v @ u) / (u @ u) * u      # projection of v onto u
 * ```
 */

/** Python: `np.dot(a, b)`. Throws `RangeError` when the lengths differ. */
export function dot(a: readonly number[], b: readonly number[]): number {
  // TODO: check the lengths, then sum a[i] * b[i].
  return todo('dot');
}

/**
 * Python: `np.linalg.norm(v, ord=p)` for a vector: `(Σ |vᵢ|^p)^(1/p)`; `p = Infinity` is `max |vᵢ|`.
 * `p` must be ≥ 1 (or `Infinity`), otherwise `RangeError`. The empty vector has norm 0.
 */
export function norm(v: readonly number[], p = 2): number {
  // TODO: handle p = Infinity, then the general p (absolute values!).
  return todo('norm');
}

/**
 * Cosine similarity `a·b / (‖a‖‖b‖)` (1 − `scipy.spatial.distance.cosine(a, b)`).
 * NaN when either vector is all zeros (0 / 0).
 */
export function cosine(a: readonly number[], b: readonly number[]): number {
  // TODO: the dot product over the product of the Euclidean norms.
  return todo('cosine');
}

/** The vector projection of `v` onto `onto`: `(v·u / u·u) u`. Throws `RangeError` for a zero `onto`. */
export function projectOnto(v: readonly number[], onto: readonly number[]): number[] {
  // TODO: scale `onto` by v·u / u·u.
  return todo('projectOnto');
}
