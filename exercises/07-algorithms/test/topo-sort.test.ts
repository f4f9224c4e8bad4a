import { describe, expect, it } from 'vitest';
import { CycleError } from '../src/_graph.ts';
import { topoSort } from '../src/topo-sort.ts';

describe('topoSort', () => {
  it('puts every vertex after the ones with an edge into it', () => {
    expect(topoSort({ shirt: ['tie'], tie: ['jacket'], trousers: ['shoes', 'jacket'] })).toEqual(['shirt', 'tie', 'trousers', 'jacket', 'shoes']);
  });
  it('takes the smallest ready name first', () => {
    expect(topoSort({ c: ['a'], b: [] })).toEqual(['b', 'c', 'a']);
  });
  it('throws a CycleError carrying the cycle', () => {
    expect(() => topoSort({ a: ['b'], b: ['a'] })).toThrow(CycleError);
  });
});
