// Mistake: a recursive depth-first search, which overflows the call stack on long paths.
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
  const index = new Map<string, number>(); // order of discovery
  const low = new Map<string, number>(); // smallest index reachable through the DFS subtree and one back edge
  const onStack = new Set<string>();
  const stack: string[] = []; // vertices visited but not yet assigned to a component
  const components: string[][] = [];
  let counter = 0;

  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of outEdges(graph, v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of vertices(graph)) if (!index.has(v)) visit(v);
  return components;
}
