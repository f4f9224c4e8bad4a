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
  const seen = folds.flatMap((f) => f.test).sort((a, b) => a - b);
  expect(seen, `test sets of ${JSON.stringify(ctx)} must cover 0..n-1 once`).toEqual(Array.from({ length: n }, (_, i) => i));
  for (const f of folds) {
    const inTest = new Set(f.test);
    expect(f.train, `train = complement of test for ${JSON.stringify(ctx)}`).toEqual(Array.from({ length: n }, (_, i) => i).filter((i) => !inTest.has(i)));
    expect(f.test, 'test indices ascending').toEqual([...f.test].sort((a, b) => a - b));
  }
}

describe('kFold', () => {
  it('matches sklearn KFold (no shuffle) exactly', () => {
    for (const c of g.kFold) expect(kFold(c.n, c.k), `kFold(${c.n}, ${c.k})`).toEqual(c.folds);
  });
  it('makes contiguous test blocks whose first n % k are one row larger', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 2, max: n }))), ([n, k]) => {
        const folds = kFold(n, k);
        expect(folds).toHaveLength(k);
        expectPartition(folds, n, { n, k });
        const sizes = folds.map((f) => f.test.length);
        expect(sizes).toEqual(sizes.map((_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0)));
        let next = 0;
        for (const f of folds) {
          expect(f.test[0]).toBe(next);
          next += f.test.length;
        }
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
        for (const c of new Set(y)) {
          const count = y.filter((v) => v === c).length;
          const perFold = folds.map((f) => f.test.filter((i) => y[i] === c).length);
          for (const m of perFold) expect([Math.floor(count / k), Math.ceil(count / k)]).toContain(m);
          // a class's samples go to fold 0 first, then fold 1, ...: fold numbers never decrease along the indices
          const foldOf = new Map(folds.flatMap((f, fi) => f.test.map((i) => [i, fi] as const)));
          const order = y.flatMap((v, i) => (v === c ? [foldOf.get(i)!] : []));
          expect(order, `fold of each '${c}' sample, in index order`).toEqual([...order].sort((a, b) => a - b));
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
