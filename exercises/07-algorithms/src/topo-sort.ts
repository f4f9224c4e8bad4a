import { todo } from '@roadmap/todo';
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
  // TODO: count indegrees; put every vertex with indegree 0 in a PriorityQueue<string, string>;
  // pop the smallest, append it, and decrement its successors (pushing those that reach 0).
  // If some vertices were never placed, find a cycle among them and throw a CycleError.
  return todo('topoSort');
}
