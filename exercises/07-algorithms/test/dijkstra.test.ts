import { describe, expect, it } from 'vitest';
import { dijkstra } from '../src/dijkstra.ts';

describe('dijkstra', () => {
  const graph = { a: [['b', 1], ['c', 4]], b: [['c', 2], ['d', 6]], c: [['d', 3]] } as const;

  it('finds shortest distances', () => {
    const { dist } = dijkstra(graph, 'a');
    expect(Object.fromEntries(dist)).toEqual({ a: 0, b: 1, c: 3, d: 6 });
  });
  it('records the previous vertex on each shortest path', () => {
    const { prev } = dijkstra(graph, 'a');
    expect(prev.get('d')).toBe('c');
    expect(prev.get('a')).toBeNull();
  });
  it('gives Infinity for unreachable vertices', () => {
    expect(dijkstra(graph, 'c').dist.get('a')).toBe(Infinity);
  });
});
