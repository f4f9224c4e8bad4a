/**
 * Graph types shared by `dijkstra`, `topoSort` and `tarjanScc`, and the error `topoSort` throws.
 * Given to you: read it, use it, do not edit it.
 *
 * A graph is a plain object from each vertex to its out-edges, like a Python dict of lists:
 *
 * ```python
 * graph = {"a": ["b", "c"], "b": ["c"]}                   # a -> b, a -> c, b -> c
 * weighted = {"a": [("b", 2.0), ("c", 5.0)], "b": [("c", 1.0)]}
 * ```
 * ```ts
 * const graph: Digraph = { a: ['b', 'c'], b: ['c'] };
 * const weighted: WeightedDigraph = { a: [['b', 2], ['c', 5]], b: [['c', 1]] };
 * ```
 *
 * - A vertex that only appears as a target (`c` above) is still a vertex with no out-edges.
 * - Parallel edges and self-loops (`a: ['a']`) are allowed.
 * - Look things up with `outEdges(graph, v)`, not `graph[v]`: on a plain object `graph['toString']`
 *   is a function inherited from `Object.prototype`, not `undefined`. Keep your own per-vertex
 *   tables (distances, indices, colours) in a `Map`, which has no inherited keys.
 */
export type Digraph = Readonly<Record<string, readonly string[]>>;

/** One weighted out-edge: `[to, weight]`, Python's `(to, weight)` tuple. */
export type WeightedArc = readonly [to: string, weight: number];

/** A weighted directed graph: vertex -> `[to, weight]` out-edges. */
export type WeightedDigraph = Readonly<Record<string, readonly (readonly [to: string, weight: number])[]>>;

/** The out-edges of `v`: `[]` when `v` has none (including names like `constructor`). */
export function outEdges<E>(graph: Readonly<Record<string, readonly E[]>>, v: string): readonly E[] {
  return Object.hasOwn(graph, v) ? graph[v]! : [];
}

/**
 * Every vertex once: the graph's keys, then the vertices that only appear as targets, in the
 * order they are first seen. (Object keys that look like array indices, `"2"`, come first in
 * ascending order: JavaScript orders them before other keys whatever the insertion order.)
 */
export function vertices(graph: Digraph | WeightedDigraph): string[] {
  const seen = new Set<string>(Object.keys(graph));
  for (const edges of Object.values(graph)) {
    for (const e of edges) seen.add(typeof e === 'string' ? e : e[0]);
  }
  return [...seen];
}

/**
 * Thrown by `topoSort` when the graph has a cycle, like Python's `graphlib.CycleError`.
 * `cycle` lists the vertices along one cycle with the first vertex repeated at the end
 * (`['a', 'b', 'a']` for a -> b -> a; `['a', 'a']` for a self-loop), so every consecutive pair
 * is an edge of the graph.
 */
export class CycleError extends Error {
  override readonly name = 'CycleError';
  readonly cycle: string[];
  constructor(cycle: string[]) {
    super(`the graph has a cycle: ${cycle.join(' -> ')}`);
    this.cycle = cycle;
  }
}
