import { CycleError, type Digraph, outEdges, vertices } from './_graph.ts';
import { PriorityQueue } from './_heap.ts';

/**
 * Topological order by Kahn's algorithm: every edge u -> v puts u before v. Among the vertices
 * that are ready at each step, the smallest name (by `<`, UTF-16 code units, as Python compares
 * str) goes first, so the result is the lexicographically smallest topological order.
 * A graph with a cycle has no such order: then it throws `CycleError` carrying one cycle.
 *
 * Python's graphlib is the library version, but it maps each node to its PREDECESSORS and does
 * not promise an order among ready nodes; here the graph maps each vertex to its SUCCESSORS:
 * ```python
 * from graphlib import TopologicalSorter, CycleError
 * list(TopologicalSorter({"b": {"a"}}).static_order())    # ['a', 'b']: a comes before b
 * ```
 * ```ts
 * topoSort({ a: ['b'] });                                   // ['a', 'b']: edge a -> b
 * topoSort({ c: ['a'], b: [] });                            // ['b', 'c', 'a']
 * topoSort({ a: ['b'], b: ['a'] });                         // throws CycleError; cycle ['b', 'a', 'b'] (or ['a', 'b', 'a'])
 * ```
 */
export function topoSort(graph: Digraph): string[] {
  const all = vertices(graph);
  const indegree = new Map<string, number>(all.map((v) => [v, 0]));
  for (const u of all) for (const v of outEdges(graph, u)) indegree.set(v, indegree.get(v)! + 1);

  // The ready vertices (indegree 0) in a min-heap keyed by name: the smallest comes out first.
  const ready = new PriorityQueue<string, string>();
  for (const v of all) if (indegree.get(v) === 0) ready.push(v, v);
  const order: string[] = [];
  while (ready.size > 0) {
    const [, u] = ready.pop()!;
    order.push(u);
    for (const v of outEdges(graph, u)) {
      const d = indegree.get(v)! - 1; // a parallel edge counts once per copy, on both sides
      indegree.set(v, d);
      if (d === 0) ready.push(v, v);
    }
  }
  if (order.length === all.length) return order;
  throw new CycleError(findCycle(graph, all, indegree));
}

/**
 * The vertices Kahn could not place all still have an incoming edge from another such vertex.
 * So walking backwards along those edges never gets stuck, and must eventually repeat a vertex:
 * the walk between the two visits, reversed, is a cycle.
 */
function findCycle(graph: Digraph, all: string[], indegree: Map<string, number>): string[] {
  const stuck = new Set(all.filter((v) => indegree.get(v)! > 0));
  const predecessor = new Map<string, string>();
  for (const u of stuck) for (const v of outEdges(graph, u)) if (stuck.has(v)) predecessor.set(v, u);
  const walk: string[] = [];
  const seenAt = new Map<string, number>();
  let v = stuck.values().next().value!;
  while (!seenAt.has(v)) {
    seenAt.set(v, walk.length);
    walk.push(v);
    v = predecessor.get(v)!;
  }
  // walk[seenAt(v)..] goes backwards along edges, v <- ... ; reverse it and close the loop.
  const cycle = walk.slice(seenAt.get(v)!).reverse();
  return [...cycle, cycle[0]!];
}
