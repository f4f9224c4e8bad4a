import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueError } from '@impl/12-data-preprocessing/_errors';
import { broadcastShapes, cStrides, NDArray, type Nested } from '@impl/12-data-preprocessing/ndarray';
import { expectClose, expectThrows, golden, show } from './_kit.ts';

interface Layout { input: Nested; shape: number[]; strides: number[]; size: number; ndim: number; transposeShape: number[]; transposeStrides: number[]; transpose: Nested }
interface Reshape { input: Nested; newShape: number[]; shape: number[]; result: Nested; sharesMemory: boolean; transposedResult: Nested }
interface Pair { aShape: number[]; a: number[]; bShape: number[]; b: number[]; shape: number[]; add: Nested; mul: Nested }
interface G {
  layouts: Layout[];
  reshapes: Reshape[];
  badReshapes: { input: Nested; newShape: number[] }[];
  pairs: Pair[];
  scalars: { a: Nested; scalar: number; add: Nested; mul: Nested }[];
  transposed: { a: Nested; b: Nested; add: Nested; mul: Nested }[];
  incompatible: { a: number[]; b: number[] }[];
  broadcastShapes: { shapes: number[][]; result: number[] }[];
  ragged: Nested[];
}
const g = golden<G>('ndarray');

// Single IEEE operations on the same doubles: NumPy's results are reproduced bit for bit.
const exact = (actual: unknown, expected: unknown, what: string) => expectClose(actual, expected, 0, what);

describe('NDArray layout (NumPy goldens)', () => {
  it('reads shape, ndim and size from nested lists like np.array', () => {
    for (const c of g.layouts) {
      const a = NDArray.from(c.input);
      exact({ shape: a.shape, ndim: a.ndim, size: a.size }, { shape: c.shape, ndim: c.ndim, size: c.size }, `NDArray.from(${show(c.input)})`);
    }
  });
  it('uses row-major strides counted in elements (NumPy byte strides / 8)', () => {
    for (const c of g.layouts) exact(NDArray.from(c.input).strides, c.strides, `NDArray.from(${show(c.input)}).strides`);
  });
  it('exports cStrides giving the same row-major strides for any shape', () => {
    for (const c of g.layouts) exact(cStrides(c.shape), c.strides, `cStrides(${show(c.shape)})`);
  });
  it('round-trips through toArray like .tolist()', () => {
    for (const c of g.layouts) exact(NDArray.from(c.input).toArray(), c.input, `NDArray.from(${show(c.input)}).toArray()`);
  });
  it('indexes with get(i, j, ...) through the strides, negative indices from the end', () => {
    const a = NDArray.from([[1, 2, 3], [4, 5, 6]]);
    exact([a.get(0, 0), a.get(1, 2), a.get(-1, 0), a.get(0, -1)], [1, 6, 4, 3], 'get on [[1,2,3],[4,5,6]]: (0,0), (1,2), (-1,0), (0,-1)');
    expectThrows(() => a.get(2, 0), RangeError, 'get(2, 0) on a 2x3 array');
  });
  it('treats a bare number as a 0-d array', () => {
    const a = NDArray.from(7);
    exact({ shape: a.shape, size: a.size, value: a.toArray() }, { shape: [], size: 1, value: 7 }, 'NDArray.from(7)');
  });
  it('refuses ragged nested lists with ValueError', () => {
    for (const bad of g.ragged) expectThrows(() => NDArray.from(bad), ValueError, `NDArray.from(${show(bad)})`);
  });
  it('refuses data whose length does not match the shape', () => {
    expectThrows(() => new NDArray([1, 2, 3, 4, 5], [2, 3]), ValueError, 'new NDArray([1..5], [2, 3])');
  });
});

describe('transpose (NumPy goldens)', () => {
  it('reverses the shape and the strides and reads the elements transposed', () => {
    for (const c of g.layouts) {
      const t = NDArray.from(c.input).transpose();
      exact({ shape: t.shape, strides: t.strides, values: t.toArray() }, { shape: c.transposeShape, strides: c.transposeStrides, values: c.transpose }, `NDArray.from(${show(c.input)}).transpose()`);
    }
  });
  it('is a view: the transpose shares the data buffer', () => {
    const a = NDArray.from([[1, 2], [3, 4], [5, 6]]);
    expect(a.transpose().data, 'a.transpose().data should be the same array object as a.data').toBe(a.data);
  });
});

describe('reshape (NumPy goldens)', () => {
  it('reshapes in row-major order and infers one -1 dimension', () => {
    for (const c of g.reshapes) {
      const r = NDArray.from(c.input).reshape(...c.newShape);
      exact({ shape: r.shape, values: r.toArray() }, { shape: c.shape, values: c.result }, `NDArray.from(${show(c.input)}).reshape(${c.newShape.join(', ')})`);
    }
  });
  it('returns a view sharing the buffer when the array is contiguous', () => {
    for (const c of g.reshapes) {
      expect(c.sharesMemory).toBe(true);
      const a = NDArray.from(c.input);
      expect(a.reshape(...c.newShape).data, `reshape(${c.newShape.join(', ')}) of a fresh array should share a.data`).toBe(a.data);
    }
  });
  it('reads a transposed (non-contiguous) array in logical row-major order', () => {
    for (const c of g.reshapes) {
      const r = NDArray.from(c.input).transpose().reshape(...c.newShape);
      exact(r.toArray(), c.transposedResult, `NDArray.from(${show(c.input)}).transpose().reshape(${c.newShape.join(', ')})`);
    }
  });
  it('refuses a size mismatch or two -1 dimensions with ValueError', () => {
    for (const c of g.badReshapes) {
      expectThrows(() => NDArray.from(c.input).reshape(...c.newShape), ValueError, `reshape(${c.newShape.join(', ')}) of shape ${show(NDArray.from(c.input).shape)}`);
    }
  });
});

describe('broadcasting (NumPy goldens)', () => {
  it('computes np.broadcast_shapes for two or more shapes', () => {
    for (const c of g.broadcastShapes) exact(broadcastShapes(...c.shapes), c.result, `broadcastShapes(${c.shapes.map(show).join(', ')})`);
    for (const c of g.pairs) exact(broadcastShapes(c.aShape, c.bShape), c.shape, `broadcastShapes(${show(c.aShape)}, ${show(c.bShape)})`);
  });
  it('adds and multiplies elementwise with broadcasting, like a + b and a * b', () => {
    for (const c of g.pairs) {
      const a = new NDArray(c.a, c.aShape);
      const b = new NDArray(c.b, c.bShape);
      const sum = a.add(b);
      const prod = a.mul(b);
      exact(
        { shape: sum.shape, add: sum.toArray(), mul: prod.toArray() },
        { shape: c.shape, add: c.add, mul: c.mul },
        `a of shape ${show(c.aShape)} = ${show(c.a)} (flat), b of shape ${show(c.bShape)} = ${show(c.b)} (flat)`,
      );
    }
  });
  it('broadcasts a plain number as a 0-d array', () => {
    for (const c of g.scalars) {
      const a = NDArray.from(c.a);
      exact({ add: a.add(c.scalar).toArray(), mul: a.mul(c.scalar).toArray() }, { add: c.add, mul: c.mul }, `a = ${show(c.a)}, scalar ${c.scalar}`);
    }
  });
  it('broadcasts a transposed view through its strides', () => {
    for (const c of g.transposed) {
      const at = NDArray.from(c.a).transpose();
      const b = NDArray.from(c.b);
      exact({ add: at.add(b).toArray(), mul: at.mul(b).toArray() }, { add: c.add, mul: c.mul }, `a.T + b and a.T * b with a = ${show(c.a)}, b = ${show(c.b)}`);
    }
  });
  it('throws ValueError for incompatible shapes', () => {
    for (const c of g.incompatible) {
      expectThrows(() => broadcastShapes(c.a, c.b), ValueError, `broadcastShapes(${show(c.a)}, ${show(c.b)})`);
      const a = new NDArray(new Array<number>(c.a.reduce((p, x) => p * x, 1)).fill(1), c.a);
      const b = new NDArray(new Array<number>(c.b.reduce((p, x) => p * x, 1)).fill(1), c.b);
      expectThrows(() => a.add(b), ValueError, `add with shapes ${show(c.a)} and ${show(c.b)}`);
    }
  });
  it('agrees with a brute-force triple loop on random broadcastable shapes (property)', () => {
    // Oracle: for every output index, read each operand at that index (0 on its size-1 axes,
    // missing leading axes ignored) from a C-order flat list, and add.
    const dim = fc.integer({ min: 1, max: 3 });
    const flags = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean());
    const arb = fc.record({ full: fc.tuple(dim, dim, dim), onesA: flags, onesB: flags, dropA: fc.integer({ min: 0, max: 3 }), dropB: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(arb, ({ full, onesA, onesB, dropA, dropB }) => {
        const sa = full.map((d, k) => (onesA[k] ? 1 : d)).slice(dropA);
        const sb = full.map((d, k) => (onesB[k] ? 1 : d)).slice(dropB);
        const dimOf = (s: number[], k: number) => (k >= 3 - s.length ? s[k - (3 - s.length)]! : 1);
        const outShape = [0, 1, 2].map((k) => Math.max(dimOf(sa, k), dimOf(sb, k))).slice(Math.min(dropA, dropB));
        const flatA = Array.from({ length: sa.reduce((p, x) => p * x, 1) }, (_, i) => 1 + i);
        const flatB = Array.from({ length: sb.reduce((p, x) => p * x, 1) }, (_, i) => 1000 + i);
        const read = (flat: number[], s: number[], idx3: number[]) =>
          flat[idx3.slice(3 - s.length).reduce((pos, i, k) => pos * s[k]! + (s[k] === 1 ? 0 : i), 0)]!;
        const full3 = [0, 1, 2].map((k) => Math.max(dimOf(sa, k), dimOf(sb, k)));
        const expected: number[] = [];
        for (let i = 0; i < full3[0]!; i++)
          for (let j = 0; j < full3[1]!; j++)
            for (let k = 0; k < full3[2]!; k++) expected.push(read(flatA, sa, [i, j, k]) + read(flatB, sb, [i, j, k]));
        const out = new NDArray(flatA, sa).add(new NDArray(flatB, sb));
        expect({ shape: out.shape, values: out.toFlat() }, `shapes ${show(sa)} + ${show(sb)}`).toEqual({ shape: outShape, values: expected });
      }),
    );
  });
});
