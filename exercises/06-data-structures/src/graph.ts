import { todo } from '@roadmap/todo';

export interface GraphOptions {
  /** Directed edges go one way only (default: undirected). */
  directed?: boolean;
}

/**
 * A graph as adjacency lists: each vertex maps to the list of its neighbours, in the order the
 * edges were added. That order decides the order of every traversal.
 *
 * Python: a `dict` of lists (or `defaultdict(list)`), with `collections.deque` for BFS:
 *
 * ```python
 * adj = defaultdict(list)
 * adj[u].append(v); adj[v].append(u)
 * def bfs(s):
 *     seen, order, q = {s}, [], deque([s])
 *     while q:
 *         u = q.popleft(); order.append(u)
 *         for v in adj[u]:
 *             if v not in seen: seen.add(v); q.append(v)
 *     return order
 * ```
 *
 * ```ts
 * const g = new Graph<string>();
 * g.addEdge('a', 'b'); g.addEdge('a', 'c'); g.addEdge('b', 'd');
 * g.bfs('a');                    // ['a', 'b', 'c', 'd']
 * g.dfs('a');                    // ['a', 'b', 'd', 'c']
 * g.shortestPath('c', 'd');      // ['c', 'a', 'b', 'd']
 * ```
 *
 * - `bfs` marks a vertex when it is queued; `dfs` is the recursive preorder (visit a vertex, then
 *   each unvisited neighbour in order, all the way down, before the next neighbour).
 * - `shortestPath` follows the BFS tree: each vertex's parent is the vertex that discovered it.
 * - `components()` (undirected graphs only, else `TypeError`) lists each component in BFS order
 *   from its first-added vertex, components in the order their first vertex was added.
 * - Asking about a vertex the graph does not have throws `RangeError`.
 */
export class Graph<T> {
  readonly directed: boolean;
  // TODO: the adjacency lists, e.g. #adj = new Map<T, T[]>() (a Map keeps vertices in insertion order).

  constructor(options: GraphOptions = {}) {
    // TODO
    this.directed = options.directed ?? false;
    todo('Graph');
  }

  /** Adds a vertex (nothing happens if it exists). */
  addVertex(v: T): void {
    // TODO
    todo('Graph.addVertex');
  }

  /** Adds the edge u → v (and v → u when undirected), adding the vertices as needed. A repeated edge is ignored. */
  addEdge(u: T, v: T): void {
    // TODO
    todo('Graph.addEdge');
  }

  hasEdge(u: T, v: T): boolean {
    // TODO
    return todo('Graph.hasEdge');
  }

  /** The vertices, in the order they were added. */
  vertices(): T[] {
    // TODO
    return todo('Graph.vertices');
  }

  /** The neighbours of v, in the order their edges were added. */
  neighbors(v: T): T[] {
    // TODO
    return todo('Graph.neighbors');
  }

  bfs(start: T): T[] {
    // TODO: a queue (an array with a head index), marking vertices when they are queued.
    return todo('Graph.bfs');
  }

  dfs(start: T): T[] {
    // TODO: the recursive preorder.
    return todo('Graph.dfs');
  }

  /** The path with the fewest edges from `from` to `to` (both ends included), or null. */
  shortestPath(from: T, to: T): T[] | null {
    // TODO: BFS from `from` recording each vertex's parent, then walk back from `to`.
    return todo('Graph.shortestPath');
  }

  components(): T[][] {
    // TODO
    return todo('Graph.components');
  }
}
