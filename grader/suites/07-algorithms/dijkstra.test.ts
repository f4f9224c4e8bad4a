import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { dijkstra } from '@impl/07-algorithms/dijkstra';
import { randomWeightedDigraph, show, vertexSet } from './_kit.ts';

type Graph = Record<string, [string, number][]>;

/** The oracle: Bellman–Ford, |V| - 1 rounds of relaxing every edge. */
function bellmanFord(graph: Graph, source: string): Map<string, number> {
  const all = [...vertexSet(graph)];
  const dist = new Map(all.map((v) => [v, Infinity]));
  dist.set(source, 0);
  for (let round = 1; round < all.length; round++) {
    let changed = false;
    for (const [u, edges] of Object.entries(graph)) {
      for (const [v, w] of edges) {
        if (dist.get(u)! + w < dist.get(v)!) {
          dist.set(v, dist.get(u)! + w);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return dist;
}

/** dist equals Bellman–Ford; prev is a tree of shortest paths made of real edges. */
function expectShortestPaths(graph: Graph, source: string, got: { dist: Map<string, number>; prev: Map<string, string | null> }) {
  const call = `dijkstra(${show(graph, 400)}, ${JSON.stringify(source)})`;
  const want = bellmanFord(graph, source);
  expect(got.dist instanceof Map && got.prev instanceof Map, `${call}: dist and prev must be Maps`).toBe(true);
  expect(Object.fromEntries(got.dist), `${call}: dist (Bellman–Ford is the reference)`).toEqual(Object.fromEntries(want));
  expect([...got.prev.keys()].sort(), `${call}: prev must have an entry for every vertex`).toEqual([...want.keys()].sort());
  for (const [v, d] of want) {
    const p = got.prev.get(v);
    if (v === source || d === Infinity) {
      expect(p, `${call}: prev of ${v} (${v === source ? 'the source' : 'unreachable'})`).toBeNull();
      continue;
    }
    const u = p ?? '(null)';
    const fits = (graph[u] ?? []).some(([to, w]) => to === v && want.get(u)! + w === d);
    expect(fits, `${call}: prev of ${v} is ${u}, but no edge ${u} -> ${v} lies on a shortest path (dist ${v} = ${d})`).toBe(true);
    // Following prev must lead back to the source.
    let steps = 0;
    for (let x: string | null | undefined = v; x !== source; x = got.prev.get(x!)) {
      if (x == null || ++steps > want.size) expect.fail(`${call}: following prev from ${v} does not reach the source`);
    }
  }
}

describe('dijkstra', () => {
  it('finds the textbook distances and path tree on a small graph', () => {
    const graph: Graph = { s: [['a', 10], ['b', 5]], a: [['c', 1], ['b', 2]], b: [['a', 3], ['c', 9], ['d', 2]], c: [['d', 4]], d: [['s', 7], ['c', 6]] };
    const got = dijkstra(graph, 's');
    expect(Object.fromEntries(got.dist)).toEqual({ s: 0, a: 8, b: 5, c: 9, d: 7 });
    expectShortestPaths(graph, 's', got);
  });

  it('prefers a cheaper path with more edges over a direct expensive edge', () => {
    const graph: Graph = { a: [['d', 10], ['b', 1]], b: [['c', 1]], c: [['d', 1]] };
    const got = dijkstra(graph, 'a');
    expect(got.dist.get('d')).toBe(3);
    expect(got.prev.get('d')).toBe('c');
  });

  it('reports Infinity and null prev for unreachable vertices, including target-only ones', () => {
    const graph: Graph = { a: [['b', 2]], c: [['d', 1]] };
    const got = dijkstra(graph, 'a');
    expect(Object.fromEntries(got.dist)).toEqual({ a: 0, b: 2, c: Infinity, d: Infinity });
    expect(got.prev.get('d')).toBeNull();
  });

  it('matches Bellman–Ford on 300 random graphs with zero weights, self-loops and parallel edges', () => {
    const rng = mulberry32(2026);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rng() * 10);
      const graph = randomWeightedDigraph(rng, n, Math.floor(rng() * 30), t % 3 === 0 ? 3 : 20);
      const all = [...vertexSet(graph)];
      if (all.length === 0) continue;
      const source = all[Math.floor(rng() * all.length)]!;
      expectShortestPaths(graph, source, dijkstra(graph, source));
    }
  });

  it('matches Bellman–Ford on a graph of 2 000 vertices and 10 000 edges', () => {
    const rng = mulberry32(77);
    const graph = randomWeightedDigraph(rng, 2000, 10_000, 1000);
    graph['v0'] ??= [];
    expectShortestPaths(graph, 'v0', dijkstra(graph, 'v0'));
  });

  it('sums fractional weights (within 1e-9)', () => {
    const graph: Graph = { a: [['b', 0.1], ['c', 0.35]], b: [['c', 0.2]] };
    expect(dijkstra(graph, 'a').dist.get('c')).toBeCloseTo(0.3, 9);
  });

  it("treats vertex names like 'constructor' and 'toString' as ordinary vertices", () => {
    // On a plain object these names are inherited from Object.prototype: graph.toString is a
    // function, not undefined. Use Maps for your tables and outEdges() for the graph.
    const graph: Graph = Object.fromEntries<[string, number][]>([
      ['start', [['constructor', 1], ['toString', 5]]],
      ['constructor', [['toString', 1], ['__proto__', 2]]],
    ]);
    const got = dijkstra(graph, 'start');
    expect(Object.fromEntries(got.dist)).toEqual(Object.fromEntries(bellmanFord(graph, 'start')));
    expect(got.dist.get('toString')).toBe(2);
    expect(got.prev.get('toString')).toBe('constructor');
  });

  it('throws a RangeError for a negative edge weight', () => {
    expect(() => dijkstra({ a: [['b', 1]], b: [['c', -1]] }, 'a')).toThrow(RangeError);
  });

  it('throws a RangeError when the source is not a vertex', () => {
    expect(() => dijkstra({ a: [['b', 1]] }, 'zzz')).toThrow(RangeError);
  });
});
