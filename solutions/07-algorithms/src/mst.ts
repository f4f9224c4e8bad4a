import { PriorityQueue } from './_heap.ts';

/** An undirected edge (internal shorthand; the exported signatures spell it out). */
type WeightedEdge = { u: number; v: number; weight: number };

/**
 * Minimum spanning trees of an undirected graph on vertices 0..n-1, by two classic greedy
 * algorithms. Each edge `{ u, v, weight }` joins vertices `u` and `v` (integers in [0, n)); the
 * result is the total `weight` and the chosen input `edges`. When the graph is disconnected the result is a minimum spanning forest: one tree
 * per connected component, n - (number of components) edges. Self-loops are never chosen;
 * parallel edges are allowed; weights may be negative. Throws `RangeError` for an endpoint that
 * is not an integer in [0, n).
 *
 * Python (networkx):
 * ```python
 * T = nx.minimum_spanning_tree(G, algorithm="kruskal")   # or "prim"; a forest if G is disconnected
 * T.size(weight="weight")
 * ```
 * ```ts
 * mstKruskal(3, [{ u: 0, v: 1, weight: 4 }, { u: 1, v: 2, weight: 1 }, { u: 0, v: 2, weight: 3 }]);
 * // { weight: 4, edges: [{ u: 1, v: 2, weight: 1 }, { u: 0, v: 2, weight: 3 }] }
 * ```
 */

/**
 * Kruskal: take edges from the lightest up, keeping each one that joins two different trees.
 * A union-find (disjoint sets) answers "same tree?" in near-constant time. O(E log E).
 */
export function mstKruskal(n: number, edges: readonly { u: number; v: number; weight: number }[]): { weight: number; edges: { u: number; v: number; weight: number }[] } {
  checkEndpoints(n, edges);
  const parent = Array.from({ length: n }, (_, i) => i);
  const size = new Array<number>(n).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!; // path halving
      x = parent[x]!;
    }
    return x;
  };
  const chosen: WeightedEdge[] = [];
  let weight = 0;
  for (const e of [...edges].sort((p, q) => p.weight - q.weight)) {
    let a = find(e.u);
    let b = find(e.v);
    if (a === b) continue; // would close a cycle (self-loops included)
    if (size[a]! < size[b]!) [a, b] = [b, a];
    parent[b] = a; // union by size keeps the trees shallow
    size[a]! += size[b]!;
    chosen.push(e);
    weight += e.weight;
  }
  return { weight, edges: chosen };
}

/**
 * Prim: grow a tree from a start vertex, always adding the lightest edge that leaves it; start
 * again from the next unvisited vertex to span every component. O(E log E) with a heap.
 */
export function mstPrim(n: number, edges: readonly { u: number; v: number; weight: number }[]): { weight: number; edges: { u: number; v: number; weight: number }[] } {
  checkEndpoints(n, edges);
  const adjacent: { edge: WeightedEdge; to: number }[][] = Array.from({ length: n }, () => []);
  for (const e of edges) {
    adjacent[e.u]!.push({ edge: e, to: e.v });
    adjacent[e.v]!.push({ edge: e, to: e.u });
  }
  const inTree = new Array<boolean>(n).fill(false);
  const chosen: WeightedEdge[] = [];
  let weight = 0;
  for (let start = 0; start < n; start++) {
    if (inTree[start]) continue; // already spanned: part of an earlier component
    inTree[start] = true;
    const heap = new PriorityQueue<{ edge: WeightedEdge; to: number }>();
    for (const a of adjacent[start]!) heap.push(a.edge.weight, a);
    while (heap.size > 0) {
      const [, { edge, to }] = heap.pop()!;
      if (inTree[to]) continue; // both ends in the tree now: the edge would close a cycle
      inTree[to] = true;
      chosen.push(edge);
      weight += edge.weight;
      for (const a of adjacent[to]!) if (!inTree[a.to]) heap.push(a.edge.weight, a);
    }
  }
  return { weight, edges: chosen };
}

/** Throws `RangeError` unless every endpoint is an integer vertex in [0, n). */
function checkEndpoints(n: number, edges: readonly WeightedEdge[]): void {
  for (const { u, v } of edges) {
    for (const x of [u, v]) {
      if (!Number.isInteger(x) || x < 0 || x >= n) throw new RangeError(`edge endpoint ${x} is not a vertex in [0, ${n})`);
    }
  }
}
