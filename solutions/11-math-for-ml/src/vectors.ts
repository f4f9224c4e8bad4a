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

function sameLength(a: readonly number[], b: readonly number[], what: string): void {
  if (a.length !== b.length) throw new RangeError(`${what}: lengths differ (${a.length} vs ${b.length})`);
}

/** Python: `np.dot(a, b)`. Throws `RangeError` when the lengths differ. */
export function dot(a: readonly number[], b: readonly number[]): number {
  sameLength(a, b, 'dot');
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Python: `np.linalg.norm(v, ord=p)` for a vector: `(Σ |vᵢ|^p)^(1/p)`; `p = Infinity` is `max |vᵢ|`.
 * `p` must be ≥ 1 (or `Infinity`), otherwise `RangeError`. The empty vector has norm 0.
 */
export function norm(v: readonly number[], p = 2): number {
  if (!(p >= 1)) throw new RangeError(`norm: p must be >= 1 or Infinity, got ${p}`);
  if (p === Infinity) {
    let m = 0;
    for (const x of v) m = Math.max(m, Math.abs(x));
    return m;
  }
  if (p === 1) {
    let s = 0;
    for (const x of v) s += Math.abs(x);
    return s;
  }
  if (p === 2) return Math.sqrt(dot(v, v));
  let s = 0;
  for (const x of v) s += Math.abs(x) ** p; // the absolute value matters for odd p
  return s ** (1 / p);
}

/**
 * Cosine similarity `a·b / (‖a‖‖b‖)` (1 − `scipy.spatial.distance.cosine(a, b)`).
 * NaN when either vector is all zeros (0 / 0).
 */
export function cosine(a: readonly number[], b: readonly number[]): number {
  sameLength(a, b, 'cosine');
  const c = dot(a, b) / (norm(a) * norm(b));
  // Rounding can push |c| a hair above 1; keep it a valid cosine.
  return Math.max(-1, Math.min(1, c));
}

/** The vector projection of `v` onto `onto`: `(v·u / u·u) u`. Throws `RangeError` for a zero `onto`. */
export function projectOnto(v: readonly number[], onto: readonly number[]): number[] {
  sameLength(v, onto, 'projectOnto');
  const uu = dot(onto, onto);
  if (uu === 0) throw new RangeError('projectOnto: cannot project onto the zero vector');
  const k = dot(v, onto) / uu;
  return onto.map((u) => k * u);
}
