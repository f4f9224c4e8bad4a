import { agnes, type Cluster } from 'ml-hclust';
import { describe, expect, it } from 'vitest';
import { agglomerative, type Linkage } from '@impl/13-ml-algorithms/hierarchical';
import golden from './goldens/hierarchical.json';
import { expectNear, mulberry32, show } from './_kit.ts';

/** The leaf sets of every internal node of an ml-hclust tree, with their heights. */
function mlMerges(root: Cluster): { members: string; height: number }[] {
  const out: { members: string; height: number }[] = [];
  root.traverse((c) => {
    if (!c.isLeaf) out.push({ members: c.indices().sort((a, b) => a - b).join(','), height: c.height });
  });
  return out.sort((a, b) => a.height - b.height);
}

/** The leaf sets created by each merge of our linkage list. */
function ourMerges(n: number, merges: { left: number; right: number; height: number }[]): { members: string; height: number }[] {
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) members.set(i, [i]);
  return merges.map((m, i) => {
    const set = [...(members.get(m.left) ?? []), ...(members.get(m.right) ?? [])].sort((a, b) => a - b);
    members.set(n + i, set);
    return { members: set.join(','), height: m.height };
  });
}

describe('agglomerative', () => {
  it('reproduces SciPy linkage matrices exactly (single, complete, average, ward)', () => {
    for (const c of golden.cases) {
      const Z = agglomerative(c.points, c.linkage as Linkage).map((m) => [m.left, m.right, m.height, m.size]);
      expectNear(Z, c.Z, { atol: 1e-9 }, `agglomerative(${show(c.points)}, '${c.linkage}') vs scipy linkage`);
    }
  });
  it("agrees with ml-hclust agnes ('ward2' is SciPy's ward) on random points", () => {
    for (let seed = 1; seed <= 4; seed++) {
      const rng = mulberry32(seed);
      const pts = Array.from({ length: 9 }, () => [10 * rng(), 10 * rng(), 10 * rng()]);
      for (const linkage of ['single', 'complete', 'average', 'ward'] as const) {
        const expected = mlMerges(agnes(pts, { method: linkage === 'ward' ? 'ward2' : linkage }));
        const got = ourMerges(pts.length, agglomerative(pts, linkage));
        expect(got.map((m) => m.members), `merged groups, ${linkage}, seed ${seed}`).toEqual(expected.map((m) => m.members));
        expectNear(got.map((m) => m.height), expected.map((m) => m.height), { atol: 1e-9 }, `merge heights, ${linkage}, seed ${seed}`);
      }
    }
  });
  it('numbers new clusters n, n + 1, … and lists the smaller id first', () => {
    const merges = agglomerative([[0], [10], [1], [11.5]], 'single');
    expect(merges).toEqual([
      { left: 0, right: 2, height: 1, size: 2 },
      { left: 1, right: 3, height: 1.5, size: 2 },
      { left: 4, right: 5, height: 9, size: 4 },
    ]);
  });
  it('weights average linkage by cluster size (UPGMA)', () => {
    // {0, 1} merge first; then the distance from {0, 1} to 5 is (5 + 4) / 2 and to {10, 11} is the mean of four distances.
    const merges = agglomerative([[0], [1], [5], [10], [11]], 'average');
    expectNear(merges.map((m) => m.height), [1, 1, 4.5, (10 + 11 + 9 + 10 + 5 + 6) / 6], { atol: 1e-12 }, 'average-linkage heights');
  });
  it('gives n − 1 merges whose sizes add up', () => {
    const merges = agglomerative(golden.cases[0]!.points, 'complete');
    expect(merges.length).toBe(golden.cases[0]!.points.length - 1);
    expect(merges[merges.length - 1]!.size).toBe(golden.cases[0]!.points.length);
  });
});
