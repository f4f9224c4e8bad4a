import { describe, expect, it } from 'vitest';
import { SortedList } from '../src/sorted-list.ts';

describe('SortedList', () => {
  it('stays sorted as items are added', () => {
    const xs = new SortedList<number>();
    for (const x of [5, 1, 3]) xs.add(x);
    expect(xs.toArray()).toEqual([1, 3, 5]);
  });
  it('bisects and ranges', () => {
    const xs = new SortedList([1, 2, 2, 2, 3]);
    expect([xs.bisectLeft(2), xs.bisectRight(2), xs.count(2)]).toEqual([1, 4, 3]);
    expect(xs.irange(2, 3, [false, true])).toEqual([3]);
  });
});
