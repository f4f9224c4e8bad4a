// Helpers shared by the 07-algorithms hidden suites.
import fc from 'fast-check';

/**
 * `fc.assert(fc.property(arb, check))` whose failure report also carries the failed assertion
 * (expected and received), not only the counterexample. The seed and run count stay the grader's.
 */
export function holds<T>(arb: fc.Arbitrary<T>, check: (value: T) => void): void {
  fc.assert(fc.property(arb, check), { includeErrorInReport: true });
}

/** Compact JSON for failure messages (long arrays are cut). */
export function show(value: unknown, max = 300): string {
  const s = JSON.stringify(value, (_k, v: unknown) => (v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v instanceof Map ? Object.fromEntries(v) : v));
  return s === undefined ? String(value) : s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
}

/**
 * Wraps a comparator so it throws once it has been called more than `maxCalls` times: an
 * O(n^2) algorithm fails fast with a clear message instead of running into the time limit.
 */
export function budgetedComparator<T>(cmp: (x: T, y: T) => number, maxCalls: number, what: string, expected = 'O(n log n)'): (x: T, y: T) => number {
  let calls = 0;
  return (x, y) => {
    if (++calls > maxCalls) {
      throw new Error(`${what}: more than ${maxCalls} comparisons, far beyond ${expected}. Is it quadratic on this input?`);
    }
    return cmp(x, y);
  };
}

/**
 * Wraps `array` in a Proxy that counts reads of its elements and throws past `maxReads`: how the
 * LIS suite tells O(n log n) from O(n^2) without a comparator to count.
 */
export function budgetedArray<T>(array: readonly T[], maxReads: number, what: string): readonly T[] {
  let reads = 0;
  return new Proxy(array as T[], {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop.length > 0 && prop.charCodeAt(0) >= 48 && prop.charCodeAt(0) <= 57) {
        if (++reads > maxReads) throw new Error(`${what}: more than ${maxReads} element reads, far beyond O(n log n). Is it quadratic?`);
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
    set() {
      throw new TypeError(`${what}: the input array must not be modified`);
    },
  });
}

/** Index of the first position where two arrays differ, or -1 (fast on 10^6 elements). */
export function firstDifference<T>(got: readonly T[], want: readonly T[]): number {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) if (!Object.is(got[i], want[i])) return i;
  return -1;
}

/** A random weighted digraph on vertices v0..v(n-1): parallel edges and self-loops included. */
export function randomWeightedDigraph(rng: () => number, n: number, edges: number, maxWeight: number): Record<string, [string, number][]> {
  const graph: Record<string, [string, number][]> = {};
  // Only some vertices get a key; the others appear only as targets, or not at all.
  for (let i = 0; i < n; i++) if (rng() < 0.8) graph[`v${i}`] = [];
  for (let e = 0; e < edges; e++) {
    const u = `v${Math.floor(rng() * n)}`;
    const v = `v${Math.floor(rng() * n)}`;
    (graph[u] ??= []).push([v, Math.floor(rng() * (maxWeight + 1))]);
  }
  return graph;
}

/** A random unweighted digraph on the given vertex names (parallel edges and self-loops included). */
export function randomDigraph(rng: () => number, names: string[], edgeProbability: number): Record<string, string[]> {
  const graph: Record<string, string[]> = {};
  for (const u of names) {
    if (rng() < 0.2) continue; // some vertices only appear as targets (or are left out)
    graph[u] = names.filter(() => rng() < edgeProbability);
    if (rng() < 0.1 && graph[u].length > 0) graph[u].push(graph[u][0]!); // a parallel edge
  }
  return graph;
}

/** Keys plus targets, written here independently of the exercise's support file. */
export function vertexSet(graph: Record<string, readonly (string | readonly [string, number])[]>): Set<string> {
  const out = new Set<string>();
  for (const [u, edges] of Object.entries(graph)) {
    out.add(u);
    for (const e of edges) out.add(typeof e === 'string' ? e : e[0]);
  }
  return out;
}
