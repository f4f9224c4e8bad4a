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
  #parent: number[];
  #rank: number[];
  #size: number[];
  #count: number;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
    this.#parent = Array.from({ length: n }, (_, i) => i);
    this.#rank = new Array<number>(n).fill(0);
    this.#size = new Array<number>(n).fill(1);
    this.#count = n;
  }

  /** The number of disjoint sets. */
  get count(): number {
    return this.#count;
  }

  /** The root (representative) of x's set; compresses the path on the way. */
  find(x: number): number {
    this.#check(x);
    let root = x;
    while (this.#parent[root] !== root) root = this.#parent[root]!;
    // Second pass: point every node on the path at the root.
    while (this.#parent[x] !== root) {
      const next = this.#parent[x]!;
      this.#parent[x] = root;
      x = next;
    }
    return root;
  }

  /** Merges the sets of a and b; returns false if they were already one set. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.#rank[ra]! < this.#rank[rb]!) [ra, rb] = [rb, ra];
    this.#parent[rb] = ra;
    this.#size[ra]! += this.#size[rb]!;
    if (this.#rank[ra] === this.#rank[rb]) this.#rank[ra]!++;
    this.#count--;
    return true;
  }

  connected(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  /** The number of elements in x's set. */
  setSize(x: number): number {
    return this.#size[this.find(x)]!;
  }

  /** x's current parent pointer (x itself for a root), without compressing anything. */
  parentOf(x: number): number {
    this.#check(x);
    return this.#parent[x]!;
  }

  /** The sets, each sorted ascending, ordered by their smallest element. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let x = 0; x < this.#parent.length; x++) {
      const r = this.find(x);
      let g = byRoot.get(r);
      if (!g) byRoot.set(r, (g = []));
      g.push(x);
    }
    // Elements were visited in ascending order, so each group is sorted and the groups are
    // already ordered by their first element.
    return [...byRoot.values()];
  }

  #check(x: number): void {
    if (!Number.isInteger(x) || x < 0 || x >= this.#parent.length) throw new RangeError(`element ${x} is outside 0..${this.#parent.length - 1}`);
  }
}
