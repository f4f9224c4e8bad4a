import { describe, expect, it } from 'vitest';
import { Graph } from '@impl/06-data-structures/graph';
import { everyCase, loadGolden, same } from './_kit.ts';

// Oracle: SciPy's csgraph breadth_first_order, depth_first_order (with predecessors) and
// connected_components on the same graphs, with each row of the matrix in edge insertion order
// (grader/goldens/06-data-structures.py). Vertex labels are shuffled, so sorting by label is wrong.
interface Case {
  directed: boolean;
  vertices: string[];
  edges: [string, string][];
  start: string;
  bfs: string[];
  dfs: string[];
  paths: Record<string, string[] | null>;
  components?: string[][];
}
const { cases } = loadGolden<{ cases: Case[] }>('graph');

function build(c: Case): Graph<string> {
  const g = new Graph<string>({ directed: c.directed });
  for (const v of c.vertices) g.addVertex(v);
  for (const [u, v] of c.edges) g.addEdge(u, v);
  return g;
}
const label = (c: Case, i: number) => `case ${i} (${c.directed ? 'directed' : 'undirected'}), vertices ${JSON.stringify(c.vertices)}, edges ${JSON.stringify(c.edges)}, start ${c.start}`;

describe('Graph', () => {
  it('visits breadth-first in the order SciPy does (neighbours in insertion order)', () => {
    everyCase(cases, label, (c) => same(build(c).bfs(c.start), c.bfs, 'bfs order'));
  });

  it('visits depth-first in recursive preorder, as SciPy does', () => {
    everyCase(cases, label, (c) => same(build(c).dfs(c.start), c.dfs, 'dfs order'));
  });

  it('finds the BFS-tree shortest path to every vertex, or null when unreachable', () => {
    everyCase(cases, label, (c) => {
      const g = build(c);
      for (const t of c.vertices) same(g.shortestPath(c.start, t), c.paths[t], `shortestPath(${c.start}, ${t})`);
    });
  });

  it('finds the connected components of undirected graphs', () => {
    everyCase(
      cases.filter((c) => !c.directed),
      label,
      (c) => {
        const comps = build(c).components();
        same(comps.map((x) => [...x].sort()).sort(), c.components, 'components (as sorted sets)');
        same(
          comps.map((x) => x[0]),
          c.vertices.filter((v) => comps.some((x) => x[0] === v)),
          'each component starts at its first-added vertex, in vertex order',
        );
      },
    );
  });

  it('keeps vertices and neighbours in insertion order; undirected edges go both ways', () => {
    const g = new Graph<string>();
    g.addEdge('m', 'z');
    g.addEdge('m', 'a');
    g.addEdge('z', 'a');
    g.addEdge('a', 'm'); // repeated edge: ignored
    expect(g.vertices()).toEqual(['m', 'z', 'a']);
    expect([g.neighbors('m'), g.neighbors('z'), g.neighbors('a')]).toEqual([
      ['z', 'a'],
      ['m', 'a'],
      ['m', 'z'],
    ]);
    expect([g.hasEdge('a', 'z'), g.hasEdge('z', 'a')]).toEqual([true, true]);
    const d = new Graph<number>({ directed: true });
    d.addEdge(1, 2);
    expect([d.hasEdge(1, 2), d.hasEdge(2, 1), d.directed]).toEqual([true, false, true]);
    expect(() => d.components()).toThrow(TypeError);
  });

  it('throws RangeError for unknown vertices', () => {
    const g = new Graph<string>();
    g.addVertex('a');
    expect(() => g.bfs('x')).toThrow(RangeError);
    expect(() => g.dfs('x')).toThrow(RangeError);
    expect(() => g.neighbors('x')).toThrow(RangeError);
    expect(g.shortestPath('a', 'a')).toEqual(['a']);
  });
});
