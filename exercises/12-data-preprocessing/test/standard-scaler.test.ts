import { describe, expect, it } from 'vitest';
import { StandardScaler } from '../src/standard-scaler.ts';

describe('standard-scaler', () => {
  it('uses the population standard deviation: Age [25, 30, 32.5, 40, 35] has scale 5', () => {
    const sc = new StandardScaler().fit([[25], [30], [32.5], [40], [35]]);
    expect(sc.mean).toEqual([32.5]);
    expect(sc.scale).toEqual([5]);
    expect(sc.transform([[25]])).toEqual([[-1.5]]);
  });
  it('maps a constant column to 0', () => {
    expect(new StandardScaler().fitTransform([[7], [7], [7]])).toEqual([[0], [0], [0]]);
  });
  it('undoes itself with inverseTransform', () => {
    const sc = new StandardScaler().fit([[1, 10], [3, 30]]);
    expect(sc.inverseTransform(sc.transform([[2, 20]]))).toEqual([[2, 20]]);
  });
});
