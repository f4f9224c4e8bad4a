import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { cond, rank, singularValues } from '@impl/11-math-for-ml/svd';
import { expectNear, mulberry32, randomMatrix, randomOrthogonal, show } from './_kit.ts';

const mlSvd = (A: number[][]) => new SingularValueDecomposition(new Matrix(A), { autoTranspose: true });

describe('singularValues', () => {
  it('gives |entries| of a diagonal matrix, largest first', () => {
    const s = singularValues([[3, 0, 0], [0, -5, 0], [0, 0, 1]]);
    expect(s.length).toBe(3);
    [5, 3, 1].forEach((e, i) => expectNear(s[i], e, { atol: 1e-12 }, `singularValues(diag(3,-5,1))[${i}]`));
  });
  it('returns min(m, n) values for tall and wide matrices', () => {
    const tall = singularValues([[1, 2], [3, 4], [5, 6]]);
    const wide = singularValues([[1, 3, 5], [2, 4, 6]]);
    expect(tall.length).toBe(2);
    expect(wide.length).toBe(2);
    const expected = mlSvd([[1, 2], [3, 4], [5, 6]]).diagonal;
    expected.forEach((e, i) => {
      expectNear(tall[i], e, { atol: 1e-12 }, `singularValues([[1,2],[3,4],[5,6]])[${i}]`);
      expectNear(wide[i], e, { atol: 1e-12 }, `singularValues([[1,3,5],[2,4,6]])[${i}]`);
    });
  });
  it('agrees with ml-matrix SingularValueDecomposition on random shapes', () => {
    const rng = mulberry32(8);
    for (let trial = 0; trial < 30; trial++) {
      const m = 1 + Math.floor(rng() * 6);
      const n = 1 + Math.floor(rng() * 6);
      const A = randomMatrix(rng, m, n).map((r) => r.map((x) => 3 * x));
      const expected = mlSvd(A).diagonal;
      const s = singularValues(A);
      expect(s.length, `singularValues of a ${m}×${n} matrix`).toBe(Math.min(m, n));
      expected.forEach((e, i) => expectNear(s[i], e, { atol: 1e-9 * expected[0]! }, `singularValues(${show(A)})[${i}]`));
    }
  });
  it('keeps a tiny singular value accurate (never forms AᵀA)', () => {
    // Läuchli matrix: σ = √(2 + ε²) and ε. In AᵀA, 1 + ε² rounds to 1 and ε disappears.
    const e = 1e-9;
    const s = singularValues([[1, 1], [e, 0], [0, e]]);
    expectNear(s[0], Math.SQRT2, { rtol: 1e-12 }, 'largest singular value of the Läuchli matrix');
    expectNear(s[1], e, { rtol: 1e-6 }, 'smallest singular value of the Läuchli matrix');
  });
  it('does not modify its argument', () => {
    const A = [[1, 2], [3, 4]];
    singularValues(A);
    rank(A);
    cond(A);
    expect(A).toEqual([[1, 2], [3, 4]]);
  });
});

describe('rank', () => {
  it('is 2 for [[1,2,3],[4,5,6],[7,8,9]] although its third singular value is ~1e-16, not 0', () => {
    expect(rank([[1, 2, 3], [4, 5, 6], [7, 8, 9]])).toBe(2);
  });
  it('is 0 for a zero matrix and full for the identity', () => {
    expect(rank([[0, 0], [0, 0], [0, 0]])).toBe(0);
    expect(rank([[1, 0, 0], [0, 1, 0], [0, 0, 1]])).toBe(3);
  });
  it('counts the Läuchli matrix as rank 2', () => {
    expect(rank([[1, 1], [1e-9, 0], [0, 1e-9]])).toBe(2);
  });
  it('agrees with ml-matrix rank on random low-rank products', () => {
    const rng = mulberry32(21);
    for (let trial = 0; trial < 25; trial++) {
      const m = 2 + Math.floor(rng() * 5);
      const n = 2 + Math.floor(rng() * 5);
      const r = 1 + Math.floor(rng() * Math.min(m, n));
      const A = new Matrix(randomMatrix(rng, m, r)).mmul(new Matrix(randomMatrix(rng, r, n))).to2DArray();
      const expected = mlSvd(A).rank;
      expect(rank(A), `rank of ${show(A)} (built as ${m}×${r} times ${r}×${n})`).toBe(expected);
    }
  });
  it('uses the given tolerance', () => {
    expect(rank([[1, 0], [0, 1e-3]], 1e-2)).toBe(1);
    expect(rank([[1, 0], [0, 1e-3]], 1e-4)).toBe(2);
  });
});

describe('cond', () => {
  it('is σ_max / σ_min: 1 for an orthogonal matrix, 10 for diag(10, 1)', () => {
    const Q = randomOrthogonal(mulberry32(3), 4);
    expectNear(cond(Q), 1, { atol: 1e-9 }, `cond(${show(Q)})`);
    expectNear(cond([[10, 0], [0, 1]]), 10, { atol: 1e-12 }, 'cond(diag(10, 1))');
  });
  it('is Infinity for an exactly singular matrix', () => {
    expect(cond([[1, 0], [0, 0]])).toBe(Infinity);
  });
  it('agrees with ml-matrix condition on random square matrices', () => {
    const rng = mulberry32(45);
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + (trial % 5);
      const A = randomMatrix(rng, n, n);
      const expected = mlSvd(A).condition;
      expectNear(cond(A), expected, { rtol: 1e-6 }, `cond(${show(A)})`);
    }
  });
});
