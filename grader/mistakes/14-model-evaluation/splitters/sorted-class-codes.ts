// Mistake: numbers the classes in sorted order instead of order of first appearance.
import type { Label } from './_types.ts';

/** One fold: the row indices to train on and the row indices to test on, both ascending. */
export interface Fold {
  train: number[];
  test: number[];
}

function checkK(n: number, k: number): void {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer of at least 2, got ${k}`);
  if (k > n) throw new RangeError(`Cannot have k=${k} greater than the number of samples n=${n}`);
}

/** Turns per-sample fold numbers into k folds (test = that fold, train = every other row). */
function foldsFromAssignment(testFold: number[], k: number): Fold[] {
  return Array.from({ length: k }, (_, f) => ({
    train: testFold.flatMap((g, i) => (g === f ? [] : [i])),
    test: testFold.flatMap((g, i) => (g === f ? [i] : [])),
  }));
}

/**
 * Python: `list(KFold(n_splits=k).split(X))` (no shuffle): k contiguous test blocks; the first
 * n % k of them have one extra row.
 */
export function kFold(n: number, k: number): Fold[] {
  checkK(n, k);
  const folds: Fold[] = [];
  let start = 0;
  for (let f = 0; f < k; f++) {
    const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
    const test = Array.from({ length: size }, (_, i) => start + i);
    const train = [...Array.from({ length: start }, (_, i) => i), ...Array.from({ length: n - start - size }, (_, i) => start + size + i)];
    folds.push({ train, test });
    start += size;
  }
  return folds;
}

/**
 * Python: `list(StratifiedKFold(n_splits=k).split(X, y))` (no shuffle), sklearn >= 0.22:
 * 1. number the classes by first appearance in y;
 * 2. sort the encoded labels and deal them round-robin to the k folds: that gives how many
 *    samples of each class each test fold receives;
 * 3. hand each class's samples, in index order, to fold 0 first, then fold 1, and so on.
 */
export function stratifiedKFold(y: readonly Label[], k: number): Fold[] {
  checkK(y.length, k);
  const code = new Map<Label, number>();
  for (const v of [...new Set(y)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) code.set(v, code.size);
  const encoded = y.map((v) => code.get(v)!);
  const nClasses = code.size;
  const counts = new Array<number>(nClasses).fill(0);
  for (const c of encoded) counts[c]!++;
  if (counts.every((c) => c < k)) {
    throw new RangeError(`k=${k} cannot be greater than the number of members in each class`);
  }
  // allocation[f][c]: samples of class c in test fold f. Dealing the sorted codes round-robin.
  const sorted = [...encoded].sort((a, b) => a - b);
  const allocation = Array.from({ length: k }, () => new Array<number>(nClasses).fill(0));
  sorted.forEach((c, i) => {
    allocation[i % k]![c]!++;
  });
  const testFold = new Array<number>(y.length);
  for (let c = 0; c < nClasses; c++) {
    const foldsForClass = allocation.flatMap((row, f) => new Array<number>(row[c]!).fill(f));
    let next = 0;
    encoded.forEach((e, i) => {
      if (e === c) testFold[i] = foldsForClass[next++]!;
    });
  }
  return foldsFromAssignment(testFold, k);
}
