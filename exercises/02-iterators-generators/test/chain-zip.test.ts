import { describe, expect, it } from 'vitest';
import { chain, chainFromIterable, zip, zipLongest } from '../src/chain-zip.ts';

describe('chain and zip', () => {
  it('chain joins iterables end to end', () => {
    expect([...chain([1, 2], 'ab', new Set([3]))]).toEqual([1, 2, 'a', 'b', 3]);
    expect([...chainFromIterable([[1], [2, 3]])]).toEqual([1, 2, 3]);
  });
  it('zip stops at the shortest, zipLongest fills the gaps', () => {
    expect([...zip([1, 2, 3], 'ab')]).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect([...zipLongest('-', [1, 2, 3], 'ab')]).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, '-'],
    ]);
  });
});
