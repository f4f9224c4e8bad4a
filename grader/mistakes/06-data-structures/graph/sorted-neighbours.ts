// Mistake: keeps each neighbour list sorted by label, so traversals no longer follow the order the edges were added.
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
  #adj = new Map<T, T[]>();

  constructor(options: GraphOptions = {}) {
    this.directed = options.directed ?? false;
  }

  /** Adds a vertex (nothing happens if it exists). */
  addVertex(v: T): void {
    if (!this.#adj.has(v)) this.#adj.set(v, []);
  }

  /** Adds the edge u → v (and v → u when undirected), adding the vertices as needed. A repeated edge is ignored. */
  addEdge(u: T, v: T): void {
    this.addVertex(u);
    this.addVertex(v);
    if (this.hasEdge(u, v)) return;
    this.#adj.get(u)!.push(v);
    this.#adj.get(u)!.sort();
    if (!this.directed && u !== v) this.#adj.get(v)!.push(u);
    this.#adj.get(v)!.sort();
  }

  hasEdge(u: T, v: T): boolean {
    return this.#adj.get(u)?.includes(v) ?? false;
  }

  /** The vertices, in the order they were added. */
  vertices(): T[] {
    return [...this.#adj.keys()];
  }

  /** The neighbours of v, in the order their edges were added. */
  neighbors(v: T): T[] {
    return [...this.#list(v)].sort();
  }

  bfs(start: T): T[] {
    return this.#bfsTree(start).order;
  }

  dfs(start: T): T[] {
    this.#list(start);
    const seen = new Set<T>();
    const order: T[] = [];
    const visit = (u: T): void => {
      seen.add(u);
      order.push(u);
      for (const v of this.#adj.get(u)!) if (!seen.has(v)) visit(v);
    };
    visit(start);
    return order;
  }

  /** The path with the fewest edges from `from` to `to` (both ends included), or null. */
  shortestPath(from: T, to: T): T[] | null {
    this.#list(to);
    const { parent } = this.#bfsTree(from);
    if (!parent.has(to)) return null;
    const path = [to];
    while (path[path.length - 1] !== from) path.push(parent.get(path[path.length - 1]!)!);
    return path.reverse();
  }

  components(): T[][] {
    if (this.directed) throw new TypeError('components() is defined for undirected graphs');
    const seen = new Set<T>();
    const out: T[][] = [];
    for (const v of this.#adj.keys()) {
      if (seen.has(v)) continue;
      const comp = this.bfs(v);
      comp.forEach((x) => seen.add(x));
      out.push(comp);
    }
    return out;
  }

  #list(v: T): T[] {
    const list = this.#adj.get(v);
    if (!list) throw new RangeError(`no vertex ${String(v)}`);
    return list;
  }

  /** BFS order plus each reached vertex's parent (the start is its own parent). */
  #bfsTree(start: T): { order: T[]; parent: Map<T, T> } {
    this.#list(start);
    const parent = new Map<T, T>([[start, start]]);
    const order: T[] = [];
    // An array with a moving head is a fine queue here (shift() would be O(n)).
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      order.push(u);
      for (const v of this.#adj.get(u)!) {
        if (!parent.has(v)) {
          parent.set(v, u); // marked when queued, so nothing is queued twice
          queue.push(v);
        }
      }
    }
    return { order, parent };
  }
}
