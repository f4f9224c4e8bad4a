// Mistake: the low-link also follows edges into vertices of already finished components (it forgets the on-stack check).
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

  const discover = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
  };

  for (const root of vertices(graph)) {
    if (index.has(root)) continue;
    discover(root);
    // One frame per vertex on the DFS path: the vertex and the position of its next out-edge.
    // This array stands in for the call stack a recursive version would use.
    const frames: [vertex: string, next: number][] = [[root, 0]];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const v = frame[0];
      const edges = outEdges(graph, v);
      if (frame[1] < edges.length) {
        const w = edges[frame[1]++]!;
        if (!index.has(w)) {
          discover(w);
          frames.push([w, 0]); // "recurse" into w
        } else {
          // Only vertices still on the stack count: one already in a finished component is not
          // part of v's component, even if an edge leads there.
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        continue;
      }
      // All of v's edges are done: "return" from v.
      frames.pop();
      if (low.get(v) === index.get(v)) {
        // v is the root of a component: it is everything above v on the stack.
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
      if (frames.length > 0) {
        const parent = frames[frames.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
    }
  }
  return components;
}
