import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { CycleError } from '@impl/07-algorithms/_graph';
import { topoSort } from '@impl/07-algorithms/topo-sort';
import { holds, randomDigraph, show, vertexSet } from './_kit.ts';

type Graph = Record<string, string[]>;

/** Lexicographic comparison of two sequences of names, element by element with `<`. */
const lexLess = (p: string[], q: string[]) => {
  for (let i = 0; i < Math.min(p.length, q.length); i++) if (p[i] !== q[i]) return p[i]! < q[i]!;
  return p.length < q.length;
};

/** Brute force: enumerate every topological order (backtracking), keep the smallest; undefined when cyclic. */
function smallestOrder(graph: Graph): string[] | undefined {
  const all = [...vertexSet(graph)];
  const edges = Object.entries(graph).flatMap(([u, vs]) => vs.map((v) => [u, v] as const));
  let best: string[] | undefined;
  const placed = new Set<string>();
  const order: string[] = [];
  const extend = () => {
    if (order.length === all.length) {
      if (!best || lexLess(order, best)) best = [...order];
      return;
    }
    for (const v of all) {
      if (placed.has(v) || edges.some(([u, w]) => w === v && !placed.has(u))) continue;
      placed.add(v);
      order.push(v);
      extend();
      order.pop();
      placed.delete(v);
    }
  };
  extend();
  return best;
}

/** Every vertex once, and every edge u -> v with u first. */
function expectTopological(graph: Graph, order: string[]) {
  const call = `topoSort(${show(graph)}) = ${show(order)}`;
  expect([...order].sort(), `${call}: must list every vertex exactly once`).toEqual([...vertexSet(graph)].sort());
  const at = new Map(order.map((v, i) => [v, i]));
  for (const [u, vs] of Object.entries(graph)) {
    for (const v of vs) expect(at.get(u)! < at.get(v)!, `${call}: edge ${u} -> ${v} but ${v} comes first`).toBe(true);
  }
}

/** The error is a CycleError whose `cycle` is a simple cycle of the graph, closed (first = last). */
function expectCycleError(graph: Graph) {
  const call = `topoSort(${show(graph)})`;
  let error: unknown;
  try {
    const got = topoSort(graph);
    expect.fail(`${call} returned ${show(got)}, but the graph has a cycle: expected a CycleError`);
  } catch (e) {
    error = e;
  }
  expect(error, `${call}: the error`).toBeInstanceOf(CycleError);
  const cycle = (error as CycleError).cycle;
  expect(Array.isArray(cycle) && cycle.length >= 2, `${call}: error.cycle = ${show(cycle)} must list at least [v, v]`).toBe(true);
  expect(cycle[0], `${call}: error.cycle = ${show(cycle)} must end where it starts`).toBe(cycle[cycle.length - 1]);
  expect(new Set(cycle.slice(1)).size, `${call}: error.cycle = ${show(cycle)} must not repeat a vertex (a simple cycle)`).toBe(cycle.length - 1);
  for (let i = 0; i + 1 < cycle.length; i++) {
    const [u, v] = [cycle[i]!, cycle[i + 1]!];
    expect((graph[u] ?? []).includes(v), `${call}: error.cycle = ${show(cycle)} uses ${u} -> ${v}, which is not an edge`).toBe(true);
  }
}

// Names whose code-unit order differs from a locale-aware one ('B' < 'a' < 'ab' < 'b').
const names = ['a', 'b', 'B', 'ab', 'c', 'Z', 'a1'];
const smallGraph = fc
  .tuple(fc.subarray(names, { minLength: 1 }), fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 10 }), fc.boolean())
  .map(([vs, pairs, acyclic]) => {
    const graph: Graph = {};
    for (const v of vs) graph[v] = [];
    for (const [i, j] of pairs) {
      const [u, v] = [vs[i % vs.length]!, vs[j % vs.length]!];
      // Half of the graphs keep only edges that go "forward" in vs: those are acyclic.
      if (acyclic && vs.indexOf(u) >= vs.indexOf(v)) continue;
      graph[u]!.push(v);
    }
    return graph;
  });

describe('topoSort', () => {
  it('orders a small dependency graph, taking the smallest ready name first', () => {
    const graph: Graph = { shirt: ['tie', 'belt'], tie: ['jacket'], trousers: ['shoes', 'belt'], belt: ['jacket'], socks: ['shoes'] };
    const got = topoSort(graph);
    expectTopological(graph, got);
    expect(got).toEqual(smallestOrder(graph));
  });

  it('includes vertices that only appear as targets, and isolated ones', () => {
    const graph: Graph = { b: ['x'], a: [] };
    expect(topoSort(graph)).toEqual(['a', 'b', 'x']);
  });

  it('compares names by code unit like Python str: uppercase before lowercase', () => {
    expect(topoSort({ b: [], a: [], B: [], ab: [] })).toEqual(['B', 'a', 'ab', 'b']);
  });

  it('counts parallel edges correctly', () => {
    const graph: Graph = { a: ['b', 'b'], c: ['b'] };
    expect(topoSort(graph)).toEqual(['a', 'c', 'b']);
  });

  it('returns the lexicographically smallest order (brute force over all orders, up to 7 vertices)', () => {
    holds(smallGraph, (graph) => {
      const want = smallestOrder(graph);
      if (want === undefined) expectCycleError(graph);
      else expect(topoSort(graph), `topoSort(${show(graph)})`).toEqual(want);
    });
  });

  it('throws a CycleError carrying a real cycle: a two-cycle, a self-loop, a cycle after a DAG part', () => {
    expectCycleError({ a: ['b'], b: ['a'] });
    expectCycleError({ x: ['x'] });
    expectCycleError({ start: ['a'], a: ['b'], b: ['c', 'd'], c: ['a'], d: [] });
    expectCycleError({ a: ['b'], b: ['c'], c: ['d'], d: ['b'], e: ['a'], f: [] });
  });

  it('orders 3 000 vertices greedily: each one is the smallest ready vertex at its turn', () => {
    const rng = mulberry32(3000);
    const vs = Array.from({ length: 3000 }, (_, i) => `n${(i * 7919) % 3000}`);
    const graph: Graph = {};
    // Edges only from earlier to later positions in vs: acyclic.
    vs.forEach((u, i) => {
      graph[u] = [];
      for (let k = 0; k < 3; k++) {
        const j = i + 1 + Math.floor(rng() * 50);
        if (j < vs.length) graph[u].push(vs[j]!);
      }
    });
    const got = topoSort(graph);
    expectTopological(graph, got);
    const preds = new Map<string, string[]>(vs.map((v) => [v, []]));
    for (const [u, ts] of Object.entries(graph)) for (const v of ts) preds.get(v)!.push(u);
    const done = new Set<string>();
    const ready = new Set(vs.filter((v) => preds.get(v)!.length === 0));
    for (const v of got) {
      const smallest = [...ready].reduce((m, x) => (x < m ? x : m));
      if (v !== smallest) expect.fail(`at position ${done.size} topoSort placed ${v}, but ${smallest} was ready and smaller`);
      ready.delete(v);
      done.add(v);
      for (const w of graph[v] ?? []) if (!done.has(w) && preds.get(w)!.every((p) => done.has(p))) ready.add(w);
    }
  });

  it('finds a cycle hidden in a large random graph', () => {
    const rng = mulberry32(11);
    const vs = Array.from({ length: 400 }, (_, i) => `v${i}`);
    const graph = randomDigraph(rng, vs, 0.01);
    graph['v1'] = [...(graph['v1'] ?? []), 'v2'];
    graph['v2'] = [...(graph['v2'] ?? []), 'v1'];
    expectCycleError(graph);
  });
});
