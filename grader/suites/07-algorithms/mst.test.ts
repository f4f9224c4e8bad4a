import fc from 'fast-check';
import { mulberry32, randInt } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { mstKruskal, mstPrim } from '@impl/07-algorithms/mst';
import { holds, show } from './_kit.ts';

type Edge = { u: number; v: number; weight: number };
type Forest = { weight: number; edges: Edge[] };
const algorithms: [string, (n: number, edges: readonly Edge[]) => Forest][] = [
  ['mstKruskal', mstKruskal],
  ['mstPrim', mstPrim],
];

/** Number of connected components (union-find written here, independent of the exercise). */
function components(n: number, edges: readonly Edge[]): number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  let count = n;
  for (const { u, v } of edges) {
    const [a, b] = [find(u), find(v)];
    if (a !== b) {
      parent[a] = b;
      count--;
    }
  }
  return count;
}

/** Brute force: every subset of n - c edges that leaves c components is a spanning forest; keep the lightest. */
function bruteForceWeight(n: number, edges: Edge[]): number {
  const c = components(n, edges);
  let best = Infinity;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const subset = edges.filter((_, i) => mask & (1 << i));
    if (subset.length !== n - c || components(n, subset) !== c) continue;
    best = Math.min(best, subset.reduce((s, e) => s + e.weight, 0));
  }
  return best;
}

/** The answer is a spanning forest made of distinct input edges, with the weight it reports. */
function expectSpanningForest(name: string, n: number, edges: readonly Edge[], got: Forest) {
  const call = `${name}(${n}, ${show(edges, 500)}) = ${show(got, 500)}`;
  const c = components(n, edges);
  expect(got.edges.length, `${call}: a spanning forest of ${c} component(s) has ${n - c} edges`).toBe(n - c);
  expect(components(n, got.edges), `${call}: the chosen edges must connect what the graph connects, without cycles`).toBe(c);
  const unused = [...edges];
  for (const e of got.edges) {
    const k = unused.findIndex((x) => x.weight === e.weight && ((x.u === e.u && x.v === e.v) || (x.u === e.v && x.v === e.u)));
    expect(k, `${call}: ${show(e)} is not an input edge (or is used twice)`).toBeGreaterThanOrEqual(0);
    unused.splice(k, 1);
  }
  expect(got.weight, `${call}: weight must be the sum of the chosen edges`).toBe(got.edges.reduce((s, e) => s + e.weight, 0));
}

/**
 * Cycle property, a certificate of minimality: every edge left out weighs at least as much as
 * the heaviest edge on the forest path between its endpoints.
 */
function expectCycleProperty(name: string, n: number, edges: readonly Edge[], got: Forest) {
  const adjacent: [number, number][][] = Array.from({ length: n }, () => []);
  for (const e of got.edges) {
    adjacent[e.u]!.push([e.v, e.weight]);
    adjacent[e.v]!.push([e.u, e.weight]);
  }
  const heaviestFrom = (s: number): number[] => {
    const heaviest = new Array<number>(n).fill(NaN);
    heaviest[s] = -Infinity;
    const stack = [s];
    while (stack.length > 0) {
      const x = stack.pop()!;
      for (const [y, w] of adjacent[x]!) {
        if (Number.isNaN(heaviest[y]!)) {
          heaviest[y] = Math.max(heaviest[x]!, w);
          stack.push(y);
        }
      }
    }
    return heaviest;
  };
  const cache = new Map<number, number[]>();
  for (const e of edges) {
    if (e.u === e.v) continue;
    const h = cache.get(e.u) ?? heaviestFrom(e.u);
    cache.set(e.u, h);
    if (e.weight < h[e.v]!) expect.fail(`${name}: edge ${show(e)} was left out, but the forest path between its ends has an edge of weight ${h[e.v]}: not minimal`);
  }
}

const smallGraph = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.array(fc.record({ u: fc.nat(n - 1), v: fc.nat(n - 1), weight: fc.integer({ min: -5, max: 20 }) }), { maxLength: 12 }),
  ),
);

function randomGraph(rng: () => number, n: number, m: number, distinct: boolean): Edge[] {
  const weights = Array.from({ length: m }, (_, i) => (distinct ? i * 3 - m : randInt(rng, -50, 50)));
  for (let i = m - 1; i > 0; i--) {
    const j = randInt(rng, 0, i);
    [weights[i], weights[j]] = [weights[j]!, weights[i]!];
  }
  return weights.map((weight) => ({ u: randInt(rng, 0, n - 1), v: randInt(rng, 0, n - 1), weight }));
}

describe.each(algorithms)('%s', (name, mst) => {
  it('finds the minimum spanning tree of a small textbook graph', () => {
    const edges: Edge[] = [
      { u: 0, v: 1, weight: 7 }, { u: 0, v: 3, weight: 5 }, { u: 1, v: 2, weight: 8 }, { u: 1, v: 3, weight: 9 },
      { u: 1, v: 4, weight: 7 }, { u: 2, v: 4, weight: 5 }, { u: 3, v: 4, weight: 15 }, { u: 3, v: 5, weight: 6 },
      { u: 4, v: 5, weight: 8 }, { u: 4, v: 6, weight: 9 }, { u: 5, v: 6, weight: 11 },
    ];
    const got = mst(7, edges);
    expectSpanningForest(name, 7, edges, got);
    expect(got.weight).toBe(bruteForceWeight(7, edges.slice())); // 39
  });

  it('matches a brute force over all edge subsets (n <= 6, up to 12 edges, negative weights too)', () => {
    holds(smallGraph, ([n, edges]) => {
      const got = mst(n, edges);
      expectSpanningForest(name, n, edges, got);
      expect(got.weight, `${name}(${n}, ${show(edges)}).weight`).toBe(bruteForceWeight(n, edges));
    });
  });

  it('spans every component of a disconnected graph (a minimum spanning forest)', () => {
    const edges: Edge[] = [{ u: 0, v: 1, weight: 2 }, { u: 3, v: 4, weight: 1 }, { u: 4, v: 5, weight: 3 }, { u: 3, v: 5, weight: 1 }];
    const got = mst(7, edges);
    expectSpanningForest(name, 7, edges, got);
    expect(got.weight).toBe(4);
  });

  it('never chooses a self-loop and takes the cheaper of parallel edges', () => {
    const edges: Edge[] = [{ u: 0, v: 0, weight: -10 }, { u: 0, v: 1, weight: 5 }, { u: 1, v: 0, weight: 2 }];
    const got = mst(2, edges);
    expect(got.weight).toBe(2);
    expect(got.edges).toHaveLength(1);
  });

  it('returns an empty forest for a graph without edges', () => {
    expect(mst(3, [])).toEqual({ weight: 0, edges: [] });
    expect(mst(0, [])).toEqual({ weight: 0, edges: [] });
  });

  it('passes the cycle-property check on 300 vertices and 2 000 edges', () => {
    const rng = mulberry32(name.length);
    const edges = randomGraph(rng, 300, 2000, false);
    const got = mst(300, edges);
    expectSpanningForest(name, 300, edges, got);
    expectCycleProperty(name, 300, edges, got);
  });

  it('throws a RangeError for an endpoint outside [0, n)', () => {
    expect(() => mst(2, [{ u: 0, v: 2, weight: 1 }])).toThrow(RangeError);
    expect(() => mst(2, [{ u: -1, v: 1, weight: 1 }])).toThrow(RangeError);
  });
});

describe('mstKruskal and mstPrim together', () => {
  it('agree on the total weight of random graphs', () => {
    const rng = mulberry32(99);
    for (let t = 0; t < 30; t++) {
      const n = randInt(rng, 1, 60);
      const edges = randomGraph(rng, n, randInt(rng, 0, 200), false);
      expect(mstPrim(n, edges).weight, `on ${show(edges)}`).toBe(mstKruskal(n, edges).weight);
    }
  });

  it('choose the same edges when all weights are distinct (the MST is then unique)', () => {
    const rng = mulberry32(100);
    const edges = randomGraph(rng, 80, 400, true);
    const key = (e: Edge) => e.weight;
    expect(mstPrim(80, edges).edges.map(key).sort((a, b) => a - b)).toEqual(mstKruskal(80, edges).edges.map(key).sort((a, b) => a - b));
  });
});
