import { describe, expect, it } from 'vitest';
import { Graph } from '../src/graph.ts';

function sample(): Graph<string> {
  const g = new Graph<string>();
  g.addEdge('a', 'b');
  g.addEdge('a', 'c');
  g.addEdge('b', 'd');
  return g;
}

describe('Graph', () => {
  it('walks breadth-first and depth-first', () => {
    const g = sample();
    expect(g.bfs('a')).toEqual(['a', 'b', 'c', 'd']);
    expect(g.dfs('a')).toEqual(['a', 'b', 'd', 'c']);
  });
  it('finds a shortest path', () => {
    expect(sample().shortestPath('c', 'd')).toEqual(['c', 'a', 'b', 'd']);
  });
});
