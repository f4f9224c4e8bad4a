// Mistake: a vertex's distance is fixed the first time it is reached (like BFS) and never improved.
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
  // Maps, not plain objects: a vertex may be called "constructor" or "toString".
  const dist = new Map<string, number>(all.map((v) => [v, Infinity]));
  const prev = new Map<string, string | null>(all.map((v) => [v, null]));
  dist.set(source, 0);
  const heap = new PriorityQueue<string>();
  heap.push(0, source);
  while (heap.size > 0) {
    const [d, u] = heap.pop()!;
    // No decrease-key: a vertex may sit in the heap several times; only its closest entry counts.
    if (d > dist.get(u)!) continue;
    for (const [v, w] of outEdges(graph, u)) {
      const candidate = d + w;
      if (dist.get(v) === Infinity && v !== source) {
        dist.set(v, candidate);
        prev.set(v, u);
        heap.push(candidate, v);
      }
    }
  }
  return { dist, prev };
}
