import { describe, expect, it } from 'vitest';
import { groupBy } from '../src/group-by.ts';

describe('groupBy', () => {
  it('groups consecutive equal items, like itertools.groupby', () => {
    const keys = [...groupBy('AAAABBBCCDAABBB')].map(([k]) => k);
    expect(keys).toEqual(['A', 'B', 'C', 'D', 'A', 'B']);
  });
  it('uses a key function and collects each run', () => {
    expect([...groupBy([1, 3, 2, 4, 5], (n) => (n % 2 === 0 ? 'even' : 'odd'))]).toEqual([
      ['odd', [1, 3]],
      ['even', [2, 4]],
      ['odd', [5]],
    ]);
  });
});
