import { describe, expect, it } from 'vitest';
import { Counter } from '../src/counter.ts';

describe('Counter', () => {
  it("Counter('abracadabra').most_common(3) is a5, b2, r2", () => {
    expect(new Counter('abracadabra').mostCommon(3)).toEqual([
      ['a', 5],
      ['b', 2],
      ['r', 2],
    ]);
  });
  it('subtract keeps zero and negative counts; minus drops them', () => {
    const c = new Counter('aab');
    expect([...c.minus(new Counter('aaacc'))]).toEqual([['b', 1]]);
    expect([...c.subtract('aaacc')]).toEqual([
      ['a', -1],
      ['b', 1],
      ['c', -2],
    ]);
  });
  it('a missing item counts 0', () => {
    expect(new Counter('abc').get('z')).toBe(0);
  });
});
