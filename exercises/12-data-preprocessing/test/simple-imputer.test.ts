import { describe, expect, it } from 'vitest';
import { NotFittedError } from '../src/_errors.ts';
import { SimpleImputer } from '../src/simple-imputer.ts';

describe('simple-imputer', () => {
  it("fills the roadmap's missing Age with the mean of the others (32.5)", () => {
    const imp = new SimpleImputer({ strategy: 'mean' });
    expect(imp.fitTransform([[25], [30], [NaN], [40], [35]])).toEqual([[25], [30], [32.5], [40], [35]]);
    expect(imp.statistics).toEqual([32.5]);
  });
  it('fills strings with the most frequent value', () => {
    const imp = new SimpleImputer({ strategy: 'most_frequent' });
    expect(imp.fitTransform([['Paris'], [null], ['London'], ['Paris']])).toEqual([['Paris'], ['Paris'], ['London'], ['Paris']]);
  });
  it('throws NotFittedError when transform comes before fit', () => {
    expect(() => new SimpleImputer().transform([[1]])).toThrow(NotFittedError);
  });
});
