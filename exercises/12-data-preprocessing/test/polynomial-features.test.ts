import { describe, expect, it } from 'vitest';
import { PolynomialFeatures } from '../src/polynomial-features.ts';

describe('polynomial-features', () => {
  it('names the degree-2 terms of two features in scikit-learn order', () => {
    expect(new PolynomialFeatures().fit([[2, 3]]).getFeatureNamesOut()).toEqual(['1', 'x0', 'x1', 'x0^2', 'x0 x1', 'x1^2']);
  });
  it('computes the products', () => {
    expect(new PolynomialFeatures().fitTransform([[2, 3]])).toEqual([[1, 2, 3, 4, 6, 9]]);
  });
  it('keeps only cross products with interactionOnly', () => {
    expect(new PolynomialFeatures({ interactionOnly: true, includeBias: false }).fit([[2, 3]]).getFeatureNamesOut(['a', 'b'])).toEqual(['a', 'b', 'a b']);
  });
});
