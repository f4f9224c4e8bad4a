import { describe, expect, it } from 'vitest';
import { drop, dropWhile, islice, take, takeWhile } from '../src/lazy-slices.ts';

/** 0, 1, 2, ... forever (Python: itertools.count()). */
function* naturals() {
  for (let n = 0; ; n++) yield n;
}

describe('lazy slices', () => {
  it('islice works like Python, also on an infinite generator', () => {
    expect([...islice('ABCDEFG', 2)]).toEqual(['A', 'B']);
    expect([...islice('ABCDEFG', 2, 4)]).toEqual(['C', 'D']);
    expect([...islice('ABCDEFG', 2, null)]).toEqual(['C', 'D', 'E', 'F', 'G']);
    expect([...islice(naturals(), 0, 10, 3)]).toEqual([0, 3, 6, 9]);
  });
  it('take and drop', () => {
    expect([...take(naturals(), 3)]).toEqual([0, 1, 2]);
    expect([...take(drop(naturals(), 5), 2)]).toEqual([5, 6]);
  });
  it('takeWhile and dropWhile', () => {
    expect([...takeWhile([1, 4, 6, 4, 1], (x) => x < 5)]).toEqual([1, 4]);
    expect([...dropWhile([1, 4, 6, 4, 1], (x) => x < 5)]).toEqual([6, 4, 1]);
  });
});
