import { describe, expect, it } from 'vitest';
import { OrderedMap } from '../src/ordered-map.ts';

const abcde = () => new OrderedMap<string, number>([...'abcde'].map((k, i) => [k, i] as [string, number]));

describe('OrderedMap', () => {
  it('moveToEnd moves a key to the end, or to the front with last = false', () => {
    const od = abcde();
    od.moveToEnd('b');
    expect([...od.keys()].join('')).toBe('acdeb');
    od.moveToEnd('b', false);
    expect([...od.keys()].join('')).toBe('bacde');
  });
  it('popItem is LIFO by default and FIFO with last = false', () => {
    const od = abcde();
    expect(od.popItem()).toEqual(['e', 4]);
    expect(od.popItem(false)).toEqual(['a', 0]);
  });
});
