import { describe, expect, it } from 'vitest';
import { MinMaxScaler } from '../src/min-max-scaler.ts';

describe('min-max-scaler', () => {
  it('maps each column onto [0, 1]', () => {
    expect(new MinMaxScaler().fitTransform([[1, 10], [3, 20], [5, 30]])).toEqual([[0, 0], [0.5, 0.5], [1, 1]]);
  });
  it('lets new values leave the range unless clip is set', () => {
    const X = [[1], [5]];
    expect(new MinMaxScaler().fit(X).transform([[7]])).toEqual([[1.5]]);
    expect(new MinMaxScaler({ clip: true }).fit(X).transform([[7]])).toEqual([[1]]);
  });
  it('maps a constant column to the low end of the feature range', () => {
    expect(new MinMaxScaler({ featureRange: [-1, 1] }).fitTransform([[4], [4]])).toEqual([[-1], [-1]]);
  });
});
