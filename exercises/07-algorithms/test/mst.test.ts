import { describe, expect, it } from 'vitest';
import { mstKruskal, mstPrim } from '../src/mst.ts';

const edges = [
  { u: 0, v: 1, weight: 4 },
  { u: 1, v: 2, weight: 1 },
  { u: 0, v: 2, weight: 3 },
  { u: 2, v: 3, weight: 5 },
];

describe('minimum spanning tree', () => {
  it('Kruskal keeps the cheapest edges that close no cycle', () => {
    expect(mstKruskal(4, edges).weight).toBe(9);
    expect(mstKruskal(4, edges).edges).toHaveLength(3);
  });
  it('Prim finds a tree of the same weight', () => {
    expect(mstPrim(4, edges).weight).toBe(9);
  });
});
