import { todo } from '@roadmap/todo';
import { outEdges, vertices, type WeightedDigraph } from './_graph.ts';
import { PriorityQueue } from './_heap.ts';

/**
 * Dijkstra's algorithm with a binary heap, O((V + E) log V). Edge weights must be >= 0.
 * Throws `RangeError` for a negative weight or a source that is not a vertex of the graph.
 *
 * Returns two Maps with an entry for every vertex of the graph:
 * - `dist`: its distance from the source, `Infinity` when unreachable;
 * - `prev`: the vertex before it on a shortest path from the source, `null` for the source and
 *   for unreachable vertices. Follow it back from `v` to get the path to `v`.
 *
 * Python:
 * ```python
 * dist = {v: math.inf for v in vertices}; dist[source] = 0
 * heap = [(0, source)]
 * while heap:
 *     d, u = heapq.heappop(heap)
 *     if d > dist[u]: continue            # a stale entry: u was already settled closer
 *     for v, w in graph.get(u, []):
 *         if d + w < dist[v]:
 *             dist[v] = d + w; prev[v] = u
 *             heapq.heappush(heap, (d + w, v))
 * ```
 * ```ts
 * const { dist, prev } = dijkstra({ a: [['b', 1], ['c', 4]], b: [['c', 2]] }, 'a');
 * dist.get('c'); // 3, via b: prev.get('c') === 'b'
 * ```
 */
export function dijkstra(graph: WeightedDigraph, source: string): { dist: Map<string, number>; prev: Map<string, string | null> } {
  // TODO: check the source and the weights (RangeError); set every vertex's distance to Infinity
  // and prev to null, the source's distance to 0; then pop the closest vertex from a
  // PriorityQueue, skip stale entries, and relax its out-edges (outEdges(graph, u)).
  return todo('dijkstra');
}
