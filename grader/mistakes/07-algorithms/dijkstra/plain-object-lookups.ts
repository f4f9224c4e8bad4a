// Mistake: plain objects as dictionaries and graph[u] for out-edges, so names like 'toString' hit Object.prototype.
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
  const all = vertices(graph);
  if (!all.includes(source)) throw new RangeError(`the source ${JSON.stringify(source)} is not a vertex of the graph`);
  for (const u of all) {
    for (const [v, w] of outEdges(graph, u)) {
      if (!(w >= 0)) throw new RangeError(`Dijkstra needs weights >= 0; the edge ${u} -> ${v} weighs ${w}`);
    }
  }
  // Plain objects as dictionaries, and graph[u] for the out-edges.
  const d0: Record<string, number> = {};
  const p0: Record<string, string | null> = {};
  for (const v of all) {
    d0[v] = Infinity;
    p0[v] = null;
  }
  d0[source] = 0;
  const heap = new PriorityQueue<string>();
  heap.push(0, source);
  while (heap.size > 0) {
    const [d, u] = heap.pop()!;
    if (d > d0[u]!) continue;
    for (const [v, w] of graph[u] ?? []) {
      const candidate = d + w;
      if (candidate < d0[v]!) {
        d0[v] = candidate;
        p0[v] = u;
        heap.push(candidate, v);
      }
    }
  }
  const dist = new Map(Object.entries(d0));
  const prev = new Map(Object.entries(p0));
  return { dist, prev };
}
