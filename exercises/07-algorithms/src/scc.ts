import { todo } from '@roadmap/todo';
import { type Digraph, outEdges, vertices } from './_graph.ts';

/**
 * Strongly connected components by Tarjan's algorithm, O(V + E): the groups of vertices that can
 * all reach one another. Every vertex is in exactly one component (alone if it is on no cycle).
 *
 * Components come in the order Tarjan finishes them, which is a reverse topological order of the
 * condensation: when a vertex of X can reach Y (X and Y different components), Y comes before X.
 * The order of vertices inside a component is not specified.
 *
 * Python (networkx yields sets, in no promised order):
 * ```python
 * list(nx.strongly_connected_components(nx.DiGraph({"a": ["b"], "b": ["a", "c"]})))
 * # [{'c'}, {'a', 'b'}]
 * ```
 * ```ts
 * tarjanScc({ a: ['b'], b: ['a', 'c'] }); // [['c'], ['b', 'a']]: c first, as {a, b} reaches it
 * ```
 * A depth-first search as deep as the longest path: written with recursion it overflows the call
 * stack (Python: RecursionError) on a path of 20 000 vertices, so this one keeps its own stack.
 */
export function tarjanScc(graph: Digraph): string[][] {
  // TODO: Tarjan. Give each vertex an index and a low-link as it is discovered and push it on a
  // stack; after its edges, if low === index, pop its component off the stack. Drive the DFS
  // with an explicit stack of [vertex, next edge position] frames, not recursion.
  return todo('tarjanScc');
}
