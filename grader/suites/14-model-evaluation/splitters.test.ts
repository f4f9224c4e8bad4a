import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kFold, stratifiedKFold } from '@impl/14-model-evaluation/splitters';
import { expectThrows, golden } from './_kit.ts';

type Label = number | string;
interface Fold {
  train: number[];
  test: number[];
}
const g = golden<{
  kFold: { n: number; k: number; folds: Fold[] }[];
  kFoldErrors: { n: number; k: number; raises: boolean }[];
  stratified: { y: Label[]; k: number; folds: Fold[] }[];
  stratifiedErrors: { y: Label[]; k: number; raises: boolean }[];
}>('splitters');

/** The test sets partition 0..n-1 and each train set is the sorted complement of its test set. */
function expectPartition(folds: Fold[], n: number, ctx: unknown): void {
  const all = Array.from({ length: n }, (_, i) => i);
  const seen = folds.flatMap((f) => f.test).sort((a, b) => a - b);
  const ok =
    seen.length === n &&
    seen.every((v, i) => v === i) &&
    folds.every((f) => {
      const inTest = new Set(f.test);
      const complement = all.filter((i) => !inTest.has(i));
      return (
        f.train.length === complement.length &&
        f.train.every((v, i) => v === complement[i]) &&
        f.test.every((v, i) => i === 0 || f.test[i - 1]! < v)
      );
    });
  if (!ok) {
    throw new Error(
      `The test sets must partition 0..n-1 (ascending) and each train set must be the sorted rest.\ninput: ${JSON.stringify(ctx)}\nreceived: ${JSON.stringify(folds)}`,
    );
  }
}

describe('kFold', () => {
  it('matches sklearn KFold (no shuffle) exactly', () => {
    for (const c of g.kFold) expect(kFold(c.n, c.k), `kFold(${c.n}, ${c.k})`).toEqual(c.folds);
  });
  it('makes contiguous test blocks whose first n % k are one row larger', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 2, max: n }))), ([n, k]) => {
        const folds = kFold(n, k);
        expect(folds).toHaveLength(k);
        expectPartition(folds, n, { n, k });
        const sizes = folds.map((f) => f.test.length);
        const starts = folds.map((f) => f.test[0]);
        const expectedSizes = sizes.map((_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
        const expectedStarts = expectedSizes.map((_, i) => expectedSizes.slice(0, i).reduce((a, b) => a + b, 0));
        expect({ sizes, starts }, `kFold(${n}, ${k})`).toEqual({ sizes: expectedSizes, starts: expectedStarts });
      }),
    );
  });
  it('throws for k < 2 or k > n (sklearn)', () => {
    for (const e of g.kFoldErrors) {
      expect(e.raises).toBe(true);
      expectThrows(() => kFold(e.n, e.k), e);
    }
  });
});

describe('stratifiedKFold', () => {
  it('matches sklearn StratifiedKFold (no shuffle) exactly', () => {
    for (const c of g.stratified) expect(stratifiedKFold(c.y, c.k), `stratifiedKFold(${JSON.stringify(c.y)}, ${c.k})`).toEqual(c.folds);
  });
  it('gives every test fold floor or ceil of count/k samples of each class, in index order', () => {
    const arb = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 4, maxLength: 50 })
      .chain((y) => fc.tuple(fc.constant(y), fc.integer({ min: 2, max: Math.min(6, y.length) })))
      .filter(([y, k]) => ['a', 'b', 'c', 'd'].some((c) => y.filter((v) => v === c).length >= k));
    fc.assert(
      fc.property(arb, ([y, k]) => {
        const folds = stratifiedKFold(y, k);
        expect(folds).toHaveLength(k);
        expectPartition(folds, y.length, { y, k });
        const foldOf = new Map(folds.flatMap((f, fi) => f.test.map((i) => [i, fi] as const)));
        for (const c of new Set(y)) {
          const count = y.filter((v) => v === c).length;
          const perFold = folds.map((f) => f.test.filter((i) => y[i] === c).length);
          const balanced = perFold.every((m) => m === Math.floor(count / k) || m === Math.ceil(count / k));
          expect(balanced, `class '${c}' (${count} samples) per test fold: ${JSON.stringify(perFold)}; y = ${JSON.stringify(y)}, k = ${k}`).toBe(true);
          // a class's samples go to fold 0 first, then fold 1, ...: fold numbers never decrease along the indices
          const order = y.flatMap((v, i) => (v === c ? [foldOf.get(i)!] : []));
          const blocks = order.every((f, i) => i === 0 || order[i - 1]! <= f);
          expect(blocks, `fold of each '${c}' sample in index order: ${JSON.stringify(order)}; y = ${JSON.stringify(y)}, k = ${k}`).toBe(true);
        }
      }),
    );
  });
  it('throws when every class has fewer than k members, or k > n (sklearn)', () => {
    for (const e of g.stratifiedErrors) {
      expect(e.raises).toBe(true);
      expectThrows(() => stratifiedKFold(e.y, e.k), e);
    }
  });
  it('does not modify y', () => {
    const y = [2, 1, 2, 1, 1, 2];
    stratifiedKFold(y, 3);
    expect(y).toEqual([2, 1, 2, 1, 1, 2]);
  });
});
