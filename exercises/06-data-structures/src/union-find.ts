import { todo } from '@roadmap/todo';

/**
 * Disjoint sets over the elements 0..n-1 (also called a disjoint-set forest): which group is
 * each element in, and merge two groups, both in near-constant time.
 *
 * Python has nothing built in; the classic version is a `parent` list:
 *
 * ```python
 * parent = list(range(n))
 * def find(x):
 *     while parent[x] != x:
 *         parent[x] = parent[parent[x]]   # path halving
 *         x = parent[x]
 *     return x
 * ```
 *
 * ```ts
 * const uf = new UnionFind(5);
 * uf.union(0, 1); uf.union(3, 4);
 * uf.connected(0, 1);    // true
 * uf.count;              // 3 groups: {0, 1}, {2}, {3, 4}
 * uf.groups();           // [[0, 1], [2], [3, 4]]
 * ```
 *
 * Both classic optimisations are required and visible through `parentOf`:
 * - union by rank: the root of the lower-rank tree goes under the other root (on a tie, `b`'s
 *   root goes under `a`'s and `a`'s rank grows), so no tree is deeper than log2(n);
 * - path compression: `find(x)` points every node on the path from x straight at the root.
 *
 * Elements outside 0..n-1 throw `RangeError`.
 */
export class UnionFind {
  // TODO: private arrays #parent (each element starts as its own root), #rank, #size, and #count.

  constructor(n: number) {
    // TODO
    todo('UnionFind');
  }

  /** The number of disjoint sets. */
  get count(): number {
    // TODO
    return todo('UnionFind.count');
  }

  /** The root (representative) of x's set; compresses the path on the way. */
  find(x: number): number {
    // TODO: find the root, then walk the path again pointing each node at it.
    return todo('UnionFind.find');
  }

  /** Merges the sets of a and b; returns false if they were already one set. */
  union(a: number, b: number): boolean {
    // TODO: union by rank (see above).
    return todo('UnionFind.union');
  }

  connected(a: number, b: number): boolean {
    // TODO
    return todo('UnionFind.connected');
  }

  /** The number of elements in x's set. */
  setSize(x: number): number {
    // TODO
    return todo('UnionFind.setSize');
  }

  /** x's current parent pointer (x itself for a root), without compressing anything. */
  parentOf(x: number): number {
    // TODO
    return todo('UnionFind.parentOf');
  }

  /** The sets, each sorted ascending, ordered by their smallest element. */
  groups(): number[][] {
    // TODO
    return todo('UnionFind.groups');
  }
}
