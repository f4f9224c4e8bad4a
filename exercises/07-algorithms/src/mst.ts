import { todo } from '@roadmap/todo';
import { PriorityQueue } from './_heap.ts';

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
  // TODO: check the endpoints (RangeError); sort a copy of the edges by weight; keep a union-find
  // (parent array with path compression); take an edge when find(u) !== find(v), then union.
  return todo('mstKruskal');
}

/**
 * Prim: grow a tree from a start vertex, always adding the lightest edge that leaves it; start
 * again from the next unvisited vertex to span every component. O(E log E) with a heap.
 */
export function mstPrim(n: number, edges: readonly { u: number; v: number; weight: number }[]): { weight: number; edges: { u: number; v: number; weight: number }[] } {
  // TODO: check the endpoints; build adjacency lists; for each vertex not yet in a tree, start a
  // tree there: push its edges on a PriorityQueue by weight, pop the lightest, skip it when its far
  // end is already in the tree, else add the edge and push the far end's edges.
  return todo('mstPrim');
}
