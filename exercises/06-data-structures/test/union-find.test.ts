import { describe, expect, it } from 'vitest';
import { UnionFind } from '../src/union-find.ts';

describe('UnionFind', () => {
  it('merges sets', () => {
    const uf = new UnionFind(5);
    uf.union(0, 1);
    uf.union(3, 4);
    expect(uf.connected(0, 1)).toBe(true);
    expect(uf.connected(1, 2)).toBe(false);
    expect(uf.count).toBe(3);
    expect(uf.groups()).toEqual([[0, 1], [2], [3, 4]]);
  });
});
