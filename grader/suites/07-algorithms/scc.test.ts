import fc from 'fast-check';
import { mulberry32 } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { tarjanScc } from '@impl/07-algorithms/scc';
import { holds, randomDigraph, show, vertexSet } from './_kit.ts';

type Graph = Record<string, string[]>;

/** Floyd–Warshall transitive closure: reach[i][j] when j is reachable from i (every i reaches itself). */
function reachability(graph: Graph): { names: string[]; at: Map<string, number>; reach: boolean[][] } {
  const names = [...vertexSet(graph)];
  const at = new Map(names.map((v, i) => [v, i]));
  const n = names.length;
  const reach = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i === j));
  for (const [u, vs] of Object.entries(graph)) for (const v of vs) reach[at.get(u)!]![at.get(v)!] = true;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) if (reach[i]![k]) for (let j = 0; j < n; j++) if (reach[k]![j]) reach[i]![j] = true;
  return { names, at, reach };
}

/**
 * Checks against the closure: a partition of the vertices; u, v together exactly when each
 * reaches the other; and no component reaches one listed after it (reverse topological order).
 */
function expectComponents(graph: Graph, got: string[][]) {
  const call = `tarjanScc(${show(graph, 400)}) = ${show(got, 400)}`;
  const { names, at, reach } = reachability(graph);
  expect([...got.flat()].sort(), `${call}: every vertex must be in exactly one component`).toEqual([...names].sort());
  const componentOf = new Map<string, number>();
  got.forEach((c, k) => c.forEach((v) => componentOf.set(v, k)));
  for (const u of names) {
    for (const v of names) {
      const [i, j] = [at.get(u)!, at.get(v)!];
      const strongly = reach[i]![j]! && reach[j]![i]!;
      const together = componentOf.get(u) === componentOf.get(v);
      if (strongly !== together) {
        expect.fail(`${call}: ${u} and ${v} ${strongly ? 'reach each other but are in different components' : 'do not reach each other but share a component'}`);
      }
      if (!strongly && reach[i]![j] && componentOf.get(u)! < componentOf.get(v)!) {
        expect.fail(`${call}: ${u}'s component reaches ${v}'s, so ${v}'s must come first (reverse topological order)`);
      }
    }
  }
}

const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const smallGraph = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 18 }))
  .map(([n, pairs]) => {
    const graph: Graph = {};
    for (const v of names.slice(0, n)) graph[v] = [];
    for (const [i, j] of pairs) graph[names[i % n]!]!.push(names[j % n]!);
    return graph;
  });

describe('tarjanScc', () => {
  it('finds the three components of the CLRS-style example, sinks first', () => {
    const graph: Graph = { a: ['b'], b: ['c', 'e', 'f'], c: ['d', 'g'], d: ['c', 'h'], e: ['a', 'f'], f: ['g'], g: ['f', 'h'], h: ['h'] };
    const got = tarjanScc(graph);
    expectComponents(graph, got);
    expect(got.map((c) => [...c].sort())).toEqual([['h'], ['f', 'g'], ['c', 'd'], ['a', 'b', 'e']]);
  });

  it('puts each vertex of a DAG in its own component, in reverse topological order', () => {
    const graph: Graph = { a: ['b', 'c'], b: ['d'], c: ['d'] };
    expectComponents(graph, tarjanScc(graph));
  });

  it('includes vertices that only appear as targets and isolated vertices', () => {
    const graph: Graph = { a: ['z'], lonely: [] };
    expectComponents(graph, tarjanScc(graph));
  });

  it('agrees with Floyd–Warshall reachability on random graphs of up to 10 vertices', () => {
    holds(smallGraph, (graph) => {
      expectComponents(graph, tarjanScc(graph));
    });
  });

  it('agrees with Floyd–Warshall on 40 random graphs of 60 vertices (cross edges into finished components)', () => {
    const rng = mulberry32(60);
    const vs = Array.from({ length: 60 }, (_, i) => `v${i}`);
    for (let t = 0; t < 40; t++) {
      const graph = randomDigraph(rng, vs, 0.01 + 0.001 * t);
      expectComponents(graph, tarjanScc(graph));
    }
  });

  it('handles a cycle through 20 000 vertices without overflowing the call stack', () => {
    const n = 20_000;
    const graph: Graph = {};
    for (let i = 0; i < n; i++) graph[`v${i}`] = [`v${(i + 1) % n}`];
    const got = tarjanScc(graph);
    expect(got.length, 'one component').toBe(1);
    expect(new Set(got[0]).size).toBe(n);
  });

  it('handles a path of 20 000 vertices: 20 000 components, the last vertex first', () => {
    const n = 20_000;
    const graph: Graph = {};
    for (let i = 0; i < n - 1; i++) graph[`v${i}`] = [`v${i + 1}`];
    const got = tarjanScc(graph);
    expect(got.length).toBe(n);
    for (let k = 0; k < n; k++) {
      if (got[k]!.length !== 1 || got[k]![0] !== `v${n - 1 - k}`) expect.fail(`component ${k} is ${show(got[k])}, expected ["v${n - 1 - k}"]`);
    }
  });
});
