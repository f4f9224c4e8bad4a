import { todo } from '@roadmap/todo';
import { ValueError } from './_errors.ts';

/** A number or an arbitrarily nested list of numbers: what `np.array(...)` accepts and `.tolist()` gives. */
export type Nested = number | Nested[];

/**
 * Row-major (C order) strides counted in elements: `strides[k]` is the product of the
 * dimensions after axis k. NumPy reports the same numbers multiplied by the item size
 * (8 bytes for float64): `(3, 4)` has NumPy strides `(32, 8)`, here `[4, 1]`.
 */
export function cStrides(shape: readonly number[]): number[] {
  // TODO: walk the axes from the last to the first, multiplying as you go.
  return todo('cStrides');
}

/**
 * Python: `np.broadcast_shapes(*shapes)`. Align the shapes on their last axis; on each axis the
 * sizes must be equal or 1 (a missing axis counts as 1), and the result takes the size that is
 * not 1. Anything else throws `ValueError`:
 *
 * ```python
 * np.broadcast_shapes((3, 1), (1, 4))   # (3, 4)
 * np.broadcast_shapes((2, 3), (3,))     # (2, 3)
 * np.broadcast_shapes((2, 3), (2,))     # ValueError
 * ```
 */
export function broadcastShapes(...shapes: number[][]): number[] {
  // TODO: right-align the shapes and combine them axis by axis; throw ValueError on a clash.
  return todo('broadcastShapes');
}

/**
 * Python: `numpy.ndarray` of float64, reduced to its essence: one flat buffer `data` plus the
 * `shape`, `strides` and `offset` that say where element `[i, j, ...]` lives:
 * `data[offset + i * strides[0] + j * strides[1] + ...]`.
 * Views (`transpose`, `reshape` of a contiguous array) share the buffer and only change those numbers.
 *
 * ```python
 * a = np.array([[1., 2., 3.], [4., 5., 6.]])
 * a.shape, a.strides            # (2, 3), (24, 8)  ->  here [2, 3] and [3, 1]
 * a.T.strides                   # (8, 24)          ->  here [1, 3]
 * (a + np.array([10., 20., 30.])).tolist()   # broadcasting
 * ```
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
    // TODO: validate the shape, default the strides to cStrides(shape) (checking the data
    // length), and store data, shape, strides and offset.
    this.data = data;
    this.shape = shape;
    this.strides = strides ?? [];
    this.offset = offset;
    todo('new NDArray');
  }

  /** Python: `np.array(nested)`. The shape is read from the nesting; ragged input throws `ValueError`. */
  static from(nested: Nested): NDArray {
    // TODO: read the shape by following the first element down, then flatten, checking every
    // list has the length its depth requires.
    return todo('NDArray.from');
  }

  /** Python: `a.ndim`. */
  get ndim(): number {
    // TODO
    return todo('NDArray.ndim');
  }

  /** Python: `a.size`, the number of elements (1 for a 0-d array). */
  get size(): number {
    // TODO
    return todo('NDArray.size');
  }

  /** Python: `a[i, j, ...]` with one integer per axis; negative indices count from the end. */
  get(...index: number[]): number {
    // TODO: offset + sum of index * stride; throw RangeError when an index is out of bounds.
    return todo('NDArray.get');
  }

  /** Python: `a.flags['C_CONTIGUOUS']`: the elements sit in the buffer in row-major order. */
  isContiguous(): boolean {
    // TODO: compare the strides with cStrides(shape) (axes of length 0 or 1 do not matter).
    return todo('NDArray.isContiguous');
  }

  /** Python: `a.ravel().tolist()`: the elements in row-major order, as a fresh list. */
  toFlat(): number[] {
    // TODO: visit every index in row-major order and read it through the strides.
    return todo('NDArray.toFlat');
  }

  /**
   * Python: `a.reshape(*shape)`. One dimension may be `-1` (inferred). A contiguous array is
   * reshaped as a view sharing `data`; any other (a transpose) is copied first, as NumPy does.
   */
  reshape(...shape: number[]): NDArray {
    // TODO: resolve -1, check the size, then make a view or a copy.
    return todo('NDArray.reshape');
  }

  /** Python: `a.T` / `a.transpose()`: the axes reversed. A view: same buffer, reversed strides. */
  transpose(): NDArray {
    // TODO
    return todo('NDArray.transpose');
  }

  /** Python: `a.tolist()`: nested lists (a plain number for a 0-d array). */
  toArray(): Nested {
    // TODO
    return todo('NDArray.toArray');
  }

  /** Python: `a + b` with broadcasting; `b` may be a number. Returns a new contiguous array. */
  add(other: NDArray | number): NDArray {
    // TODO: broadcast the shapes; an operand's stride is 0 on an axis where its size is 1.
    return todo('NDArray.add');
  }

  /** Python: `a * b` with broadcasting (elementwise, not matrix product). */
  mul(other: NDArray | number): NDArray {
    // TODO: the same walk as add, with another operation.
    return todo('NDArray.mul');
  }
}
