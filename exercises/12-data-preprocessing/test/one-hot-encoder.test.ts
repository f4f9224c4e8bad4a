import { describe, expect, it } from 'vitest';
import { OneHotEncoder } from '../src/one-hot-encoder.ts';

const cities = [['New York'], ['London'], ['New York'], ['Paris'], ['London']];

describe('one-hot-encoder', () => {
  it("names the roadmap's City columns City_London, City_New York, City_Paris", () => {
    const enc = new OneHotEncoder().fit(cities);
    expect(enc.getFeatureNamesOut(['City'])).toEqual(['City_London', 'City_New York', 'City_Paris']);
    expect(enc.transform([['Paris']])).toEqual([[0, 0, 1]]);
  });
  it('sorts numeric categories numerically', () => {
    expect(new OneHotEncoder().fit([[10], [2], [1]]).categories).toEqual([[1, 2, 10]]);
  });
  it("encodes an unknown category as zeros with handleUnknown: 'ignore'", () => {
    expect(new OneHotEncoder({ handleUnknown: 'ignore' }).fit(cities).transform([['Tokyo']])).toEqual([[0, 0, 0]]);
  });
});
