import { describe, expect, it } from 'vitest';
import { kFold, stratifiedKFold } from '../src/splitters.ts';

describe('splitters', () => {
  it('kFold gives the first n % k folds one extra row', () => {
    expect(kFold(7, 3).map((f) => f.test)).toEqual([[0, 1, 2], [3, 4], [5, 6]]);
    expect(kFold(7, 3)[1]!.train).toEqual([0, 1, 2, 5, 6]);
  });
  it('stratifiedKFold keeps the class proportions in every test fold', () => {
    const folds = stratifiedKFold([0, 0, 0, 0, 1, 1], 2);
    expect(folds.map((f) => f.test)).toEqual([[0, 1, 4], [2, 3, 5]]);
  });
});
