import { mulberry32, randInt } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { UnionFind } from '@impl/06-data-structures/union-find';
import { same } from './_kit.ts';

// Oracles: connected components found by breadth-first search on the same random graphs, and
// structural checks through parentOf (tree depth for union by rank, flattened paths for
// path compression).

function randomGraph(rng: () => number, n: number, m: number): [number, number][] {
  return Array.from({ length: m }, () => [randInt(rng, 0, n - 1), randInt(rng, 0, n - 1)] as [number, number]);
}

/** Components by BFS: each sorted, ordered by smallest element. */
function bfsComponents(n: number, edges: [number, number][]): number[][] {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  const seen = new Array<boolean>(n).fill(false);
  const out: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    seen[s] = true;
    const comp = [s];
    for (let i = 0; i < comp.length; i++) {
      for (const v of adj[comp[i]!]!) {
        if (!seen[v]) {
          seen[v] = true;
          comp.push(v);
        }
      }
    }
    out.push(comp.sort((a, b) => a - b));
  }
  return out;
}

/** Depth of x: the number of parent hops to its root, read without compressing. */
function depth(uf: UnionFind, x: number): number {
  let d = 0;
  while (uf.parentOf(x) !== x) {
    x = uf.parentOf(x);
    d++;
  }
  return d;
}

describe('UnionFind', () => {
  it('finds the same components as breadth-first search on random graphs', () => {
    const rng = mulberry32(6007);
    for (let round = 0; round < 40; round++) {
      const n = randInt(rng, 1, 60);
      const edges = randomGraph(rng, n, randInt(rng, 0, n + 10));
      const uf = new UnionFind(n);
      const merged = edges.map(([a, b]) => uf.union(a, b));
      const comps = bfsComponents(n, edges);
      same(uf.groups(), comps, `groups() for n=${n}, edges ${JSON.stringify(edges)}`);
      same(uf.count, comps.length, `count for n=${n}`);
      same(merged.filter(Boolean).length, n - comps.length, 'number of unions that merged');
      const compOf = new Map<number, number>();
      comps.forEach((c, i) => c.forEach((x) => compOf.set(x, i)));
      for (let k = 0; k < 30; k++) {
        const a = randInt(rng, 0, n - 1);
        const b = randInt(rng, 0, n - 1);
        same(uf.connected(a, b), compOf.get(a) === compOf.get(b), `connected(${a}, ${b})`);
        same(uf.setSize(a), comps[compOf.get(a)!]!.length, `setSize(${a})`);
      }
    }
  });

  it('unions by rank: no tree gets deeper than log2(n), even for a chain of unions', () => {
    const n = 1024;
    for (const order of ['chain', 'reverse chain', 'random'] as const) {
      const uf = new UnionFind(n);
      const rng = mulberry32(42);
      for (let i = 0; i < n - 1; i++) {
        if (order === 'chain') uf.union(i, i + 1);
        else if (order === 'reverse chain') uf.union(i + 1, i);
        else uf.union(randInt(rng, 0, n - 1), randInt(rng, 0, n - 1));
      }
      let worst = 0;
      for (let x = 0; x < n; x++) worst = Math.max(worst, depth(uf, x));
      expect({ order, worstDepth: worst <= Math.log2(n) ? 'at most log2(n)' : worst }).toEqual({ order, worstDepth: 'at most log2(n)' });
    }
  });

  it('compresses paths: after find(x) every node that was on the path points at the root', () => {
    const rng = mulberry32(7);
    const n = 300;
    const uf = new UnionFind(n);
    for (let i = 0; i < 400; i++) uf.union(randInt(rng, 0, n - 1), randInt(rng, 0, n - 1));
    let checkedLongPath = false;
    for (let x = 0; x < n; x++) {
      const path = [x];
      while (uf.parentOf(path[path.length - 1]!) !== path[path.length - 1]) path.push(uf.parentOf(path[path.length - 1]!));
      const root = path[path.length - 1]!;
      if (path.length >= 3) checkedLongPath = true;
      expect(uf.find(x)).toBe(root);
      same(
        path.map((y) => uf.parentOf(y)),
        path.map(() => root),
        `parents of the path ${JSON.stringify(path)} after find(${x})`,
      );
    }
    expect(checkedLongPath).toBe(true);
  });

  it('starts with n singleton sets and rejects elements outside 0..n-1', () => {
    const uf = new UnionFind(4);
    expect([uf.count, uf.groups()]).toEqual([4, [[0], [1], [2], [3]]]);
    expect([uf.union(1, 1), uf.union(2, 3), uf.union(3, 2)]).toEqual([false, true, false]);
    expect([uf.count, uf.setSize(3), uf.parentOf(0)]).toEqual([3, 2, 0]);
    expect(() => uf.find(4)).toThrow(RangeError);
    expect(() => uf.union(-1, 0)).toThrow(RangeError);
  });

  it('handles 200 000 elements and unions', () => {
    const n = 200_000;
    const uf = new UnionFind(n);
    for (let i = 1; i < n; i++) uf.union(i - 1, i);
    expect(uf.count).toBe(1);
    expect(uf.setSize(12345)).toBe(n);
    expect(uf.connected(0, n - 1)).toBe(true);
  });
});
