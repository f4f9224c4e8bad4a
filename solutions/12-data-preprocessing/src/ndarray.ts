import { ValueError } from './_errors.ts';

/** A number or an arbitrarily nested list of numbers: what `np.array(...)` accepts and `.tolist()` gives. */
export type Nested = number | Nested[];

const product = (xs: readonly number[]) => xs.reduce((p, x) => p * x, 1);

/**
 * Row-major (C order) strides counted in elements: `strides[k]` is the product of the
 * dimensions after axis k. NumPy reports the same numbers multiplied by the item size
 * (8 bytes for float64): `(3, 4)` has NumPy strides `(32, 8)`, here `[4, 1]`.
 */
export function cStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let step = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    strides[k] = step;
    step *= shape[k]!;
  }
  return strides;
}

/**
 * Python: `np.broadcast_shapes(*shapes)`. Align the shapes on their last axis; on each axis the
 * sizes must be equal or 1 (a missing axis counts as 1), and the result takes the size that is
 * not 1. Anything else throws `ValueError`.
 */
export function broadcastShapes(...shapes: number[][]): number[] {
  const ndim = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let k = 0; k < ndim; k++) {
    let size = 1;
    for (const s of shapes) {
      const d = s[s.length - ndim + k] ?? 1; // negative index: the shape is shorter, so 1
      if (d === 1) continue;
      if (size === 1) size = d;
      else if (size !== d) {
        throw new ValueError(`shape mismatch: objects cannot be broadcast to a single shape: ${shapes.map((x) => `(${x.join(',')})`).join(' ')}`);
      }
    }
    out.push(size);
  }
  return out;
}

/**
 * Python: `numpy.ndarray` of float64, reduced to its essence: one flat buffer `data` plus the
 * `shape`, `strides` and `offset` that say where element `[i, j, ...]` lives:
 * `data[offset + i * strides[0] + j * strides[1] + ...]`.
 * Views (`transpose`, `reshape` of a contiguous array) share the buffer and only change those numbers.
 */
export class NDArray {
  readonly data: number[];
  readonly shape: number[];
  /** In elements, not bytes (see `cStrides`). */
  readonly strides: number[];
  readonly offset: number;

  /**
   * `new NDArray(data, shape)` lays `data` out in C order and checks that it has exactly
   * `product(shape)` elements (`ValueError` otherwise). Passing `strides` (and `offset`) makes a
   * view over `data` as it is, without that check.
   */
  constructor(data: number[], shape: number[], strides?: number[], offset = 0) {
    for (const d of shape) if (!Number.isInteger(d) || d < 0) throw new ValueError(`negative or fractional dimension in shape (${shape.join(', ')})`);
    if (strides === undefined) {
      if (data.length !== product(shape)) throw new ValueError(`cannot reshape array of size ${data.length} into shape (${shape.join(', ')})`);
      strides = cStrides(shape);
    } else if (strides.length !== shape.length) {
      throw new ValueError(`strides (${strides.join(', ')}) do not match shape (${shape.join(', ')})`);
    }
    this.data = data;
    this.shape = [...shape];
    this.strides = [...strides];
    this.offset = offset;
  }

  /** Python: `np.array(nested)`. The shape is read from the nesting; ragged input throws `ValueError`. */
  static from(nested: Nested): NDArray {
    const shape: number[] = [];
    for (let probe: Nested = nested; Array.isArray(probe); probe = probe[0]!) {
      shape.push(probe.length);
      if (probe.length === 0) break;
    }
    const data: number[] = [];
    const walk = (node: Nested, depth: number): void => {
      if (depth === shape.length) {
        if (Array.isArray(node)) throw new ValueError('setting an array element with a sequence: the nested lists are ragged');
        data.push(node);
        return;
      }
      if (!Array.isArray(node) || node.length !== shape[depth]) {
        throw new ValueError(`inhomogeneous shape after ${depth} dimensions: the nested lists are ragged`);
      }
      for (const child of node) walk(child, depth + 1);
    };
    walk(nested, 0);
    return new NDArray(data, shape);
  }

  /** Python: `a.ndim`. */
  get ndim(): number {
    return this.shape.length;
  }

  /** Python: `a.size`, the number of elements (1 for a 0-d array). */
  get size(): number {
    return product(this.shape);
  }

  /** Python: `a[i, j, ...]` with one integer per axis; negative indices count from the end. */
  get(...index: number[]): number {
    if (index.length !== this.ndim) throw new RangeError(`expected ${this.ndim} indices, got ${index.length}`);
    let pos = this.offset;
    for (let k = 0; k < index.length; k++) {
      const n = this.shape[k]!;
      const i = index[k]! < 0 ? index[k]! + n : index[k]!;
      if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`index ${index[k]} is out of bounds for axis ${k} with size ${n}`);
      pos += i * this.strides[k]!;
    }
    return this.data[pos]!;
  }

  /** Python: `a.flags['C_CONTIGUOUS']`: the elements sit in the buffer in row-major order. */
  isContiguous(): boolean {
    const c = cStrides(this.shape);
    // Axes of length 0 or 1 are never stepped over, so their stride does not matter.
    return this.shape.every((d, k) => d <= 1 || this.strides[k] === c[k]);
  }

  /** Python: `a.ravel().tolist()`: the elements in row-major order, as a fresh list. */
  toFlat(): number[] {
    const out: number[] = [];
    if (this.size === 0) return out;
    const idx = new Array<number>(this.ndim).fill(0);
    for (let n = 0; n < this.size; n++) {
      let pos = this.offset;
      for (let k = 0; k < idx.length; k++) pos += idx[k]! * this.strides[k]!;
      out.push(this.data[pos]!);
      // Odometer step: bump the last axis, carry to the left.
      for (let k = idx.length - 1; k >= 0; k--) {
        if (++idx[k]! < this.shape[k]!) break;
        idx[k] = 0;
      }
    }
    return out;
  }

  /**
   * Python: `a.reshape(*shape)`. One dimension may be `-1` (inferred). A contiguous array is
   * reshaped as a view sharing `data`; any other (a transpose) is copied first, as NumPy does.
   */
  reshape(...shape: number[]): NDArray {
    const unknown = shape.filter((d) => d === -1).length;
    if (unknown > 1) throw new ValueError('can only specify one unknown dimension');
    for (const d of shape) if (d !== -1 && (!Number.isInteger(d) || d < 0)) throw new ValueError(`invalid dimension ${d}`);
    const known = product(shape.filter((d) => d !== -1));
    let resolved = shape;
    if (unknown === 1) {
      if (known === 0 || this.size % known !== 0) throw new ValueError(`cannot reshape array of size ${this.size} into shape (${shape.join(', ')})`);
      resolved = shape.map((d) => (d === -1 ? this.size / known : d));
    }
    if (product(resolved) !== this.size) throw new ValueError(`cannot reshape array of size ${this.size} into shape (${shape.join(', ')})`);
    if (this.isContiguous()) return new NDArray(this.data, resolved, cStrides(resolved), this.offset);
    return new NDArray(this.toFlat(), resolved);
  }

  /** Python: `a.T` / `a.transpose()`: the axes reversed. A view: same buffer, reversed strides. */
  transpose(): NDArray {
    return new NDArray(this.data, [...this.shape].reverse(), [...this.strides].reverse(), this.offset);
  }

  /** Python: `a.tolist()`: nested lists (a plain number for a 0-d array). */
  toArray(): Nested {
    const flat = this.toFlat();
    let i = 0;
    const build = (depth: number): Nested => {
      if (depth === this.ndim) return flat[i++]!;
      return Array.from({ length: this.shape[depth]! }, () => build(depth + 1));
    };
    return build(0);
  }

  /** Python: `a + b` with broadcasting; `b` may be a number. Returns a new contiguous array. */
  add(other: NDArray | number): NDArray {
    return elementwise(this, other, (x, y) => x + y);
  }

  /** Python: `a * b` with broadcasting (elementwise, not matrix product). */
  mul(other: NDArray | number): NDArray {
    return elementwise(this, other, (x, y) => x * y);
  }
}

function elementwise(a: NDArray, bIn: NDArray | number, op: (x: number, y: number) => number): NDArray {
  const b = typeof bIn === 'number' ? new NDArray([bIn], []) : bIn;
  const shape = broadcastShapes(a.shape, b.shape);
  // Stride 0 on a broadcast axis: stepping along it re-reads the same element.
  const stridesIn = (x: NDArray) =>
    shape.map((_, k) => {
      const j = k - (shape.length - x.ndim);
      return j < 0 || x.shape[j] === 1 ? 0 : x.strides[j]!;
    });
  const sa = stridesIn(a);
  const sb = stridesIn(b);
  const size = product(shape);
  const out = new Array<number>(size);
  const idx = new Array<number>(shape.length).fill(0);
  for (let n = 0; n < size; n++) {
    let pa = a.offset;
    let pb = b.offset;
    for (let k = 0; k < shape.length; k++) {
      pa += idx[k]! * sa[k]!;
      pb += idx[k]! * sb[k]!;
    }
    out[n] = op(a.data[pa]!, b.data[pb]!);
    for (let k = shape.length - 1; k >= 0; k--) {
      if (++idx[k]! < shape[k]!) break;
      idx[k] = 0;
    }
  }
  return new NDArray(out, shape);
}
