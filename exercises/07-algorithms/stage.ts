import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '07-algorithms',
  title: 'Algorithms',
  roadmap: 'Data structures and algorithms: sorting, searching, dynamic programming',
  exercises: [
    defineExercise({
      id: 'bisect',
      title: 'Binary search: bisect_left and bisect_right',
      python: 'bisect.bisect_left / bisect.bisect_right',
      hints: [
        'Keep a half-open window [lo, hi) and shrink it until lo === hi; the answer is lo.',
        'bisectLeft moves lo past mid when key(a[mid]) < x; bisectRight when key(a[mid]) <= x (that is, !(x < key(a[mid]))).',
      ],
    }),
    defineExercise({
      id: 'sorting',
      title: 'Sorting: merge, quick, heap, counting and radix sort',
      points: 20,
      python: 'sorted(a) / sorted(a, key=cmp_to_key(cmp)): a new, stable, ascending list',
      hints: [
        'Start each function with `const out = a.slice()` and sort `out`. The default comparator is `(x, y) => (x < y ? -1 : y < x ? 1 : 0)`; never fall back to `a.sort()` without a comparator, which compares numbers as strings.',
        'mergeSort: when merging, take the left element if `cmp(left, right) <= 0`. With `< 0` equal elements change order and the sort is no longer stable. heapSort: a max-heap, sifting down from index n/2 - 1 to 0, then swap the root to the end n - 1 times.',
        'quickSort: one pass with three zones, [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot; recurse only into the outer zones. A two-way partition goes quadratic on all-equal keys. radixSort: digits are Math.floor(x / div) % 256, because >>, >>> and & truncate numbers to 32 bits.',
      ],
    }),
    defineExercise({
      id: 'quickselect',
      title: 'Quickselect: the k-th smallest in expected linear time',
      points: 10,
      python: 'sorted(a)[k] / heapq.nsmallest(k + 1, a)[-1] / numpy.partition(a, k)[k]',
      hints: [
        'It is quicksort that recurses into one side only: partition around a pivot, then keep the part whose index range contains k. A loop over [lo, hi] is enough, no recursion needed.',
        'Partition into three zones (< pivot, == pivot, > pivot) so equal keys do not go quadratic, and return as soon as k falls in the == zone.',
        'Choose the pivot at a random index of [lo, hi] with a seeded generator (`const rng = mulberry32(1)` from @roadmap/testkit): a fixed position such as the first or the last element is quadratic on sorted input. Work on `a.slice()`, never on the caller\'s array.',
      ],
    }),
    defineExercise({
      id: 'binary-search-answer',
      title: 'Binary search on the answer: least ship capacity',
      points: 10,
      python: 'bisect.bisect_left(range(lo, hi + 1), True, key=can_ship) (Python 3.10+ key=)',
      hints: [
        'First write canShip(capacity): walk the packages, start a new day when the next one would overflow, and count days. It is monotone: if a capacity works, every larger one works too.',
        'So binary search the first capacity where canShip is true, in [max(weights), sum(weights)]: below the heaviest package nothing works; at the total one day is enough.',
        'Use `Math.floor((lo + hi) / 2)` for the midpoint: the sums here go past 2^32, where `(lo + hi) >>> 1` wraps around.',
      ],
    }),
    defineExercise({
      id: 'lcs-edit-distance',
      title: 'Longest common subsequence and edit distance',
      points: 15,
      python: '@functools.cache recursion turned into a bottom-up table: dp = [[0] * (m + 1) for _ in range(n + 1)]',
      hints: [
        'Build the table with `Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0))`. `new Array(n + 1).fill(row)` puts the same row object in every slot, the TypeScript twin of Python\'s `[[0] * m] * n`.',
        'LCS: dp[i][j] is the answer for the prefixes a[0, i) and b[0, j): dp[i-1][j-1] + 1 when a[i-1] === b[j-1], else max(dp[i-1][j], dp[i][j-1]). Edit distance: row 0 is 0..m, column 0 is 0..n, and each cell is the minimum of substitute (dp[i-1][j-1], +1 unless equal), delete (dp[i-1][j] + 1) and insert (dp[i][j-1] + 1).',
        'The LCS witness: start at (n, m); on a match take the element and step diagonally, otherwise step towards the larger of dp[i-1][j] and dp[i][j-1]. You collect from the end, so reverse before returning, and `join(\'\')` when the inputs are strings.',
      ],
    }),
    defineExercise({
      id: 'knapsack',
      title: '0/1 knapsack with the chosen items',
      points: 15,
      python: '@functools.cache def best(i, capacity) turned into a table, plus walking the table back',
      hints: [
        'dp[i][c] is the best value using only the first i items with room c. Either item i - 1 is skipped (dp[i-1][c]) or, if it fits, taken (dp[i-1][c - w] + v).',
        'Read the previous row, never the one being filled: taking from dp[i][c - w] lets the same item be taken again, which is the unbounded knapsack.',
        'To recover the items, walk i from n down to 1 with c = capacity: item i - 1 was taken exactly when dp[i][c] !== dp[i-1][c]; then subtract its weight from c. Reverse the indices at the end so they are ascending.',
      ],
    }),
    defineExercise({
      id: 'coin-change',
      title: 'Coin change: fewest coins and number of ways',
      points: 10,
      python: 'best = [0] + [math.inf] * amount, filled bottom-up (no recursion limit to hit)',
      hints: [
        'Fewest coins: best[0] = 0 and best[x] = 1 + min(best[x - c]) over coins c <= x; amounts that stay Infinity cannot be paid (return -1). Greedy "largest coin first" is wrong for coins like [1, 3, 4].',
        'Number of ways: ways[0] = 1 (pay nothing with no coins), then for each coin c, for x from c up to amount, ways[x] += ways[x - c].',
        'Keep the coin loop outside the amount loop in coinChangeWays: swapped, it counts 1 + 2 and 2 + 1 separately (orderings, not combinations). Both functions are arrays filled bottom-up, so amount 100 000 needs no deep recursion.',
      ],
    }),
    defineExercise({
      id: 'lis',
      title: 'Longest increasing subsequence in O(n log n), with a witness',
      points: 15,
      python: 'tails with bisect.bisect_left (patience sorting), plus back-links for the witness',
      hints: [
        'Keep tails[k], the smallest value that ends an increasing subsequence of length k + 1. tails stays sorted, so for each x a binary search finds the first tails[k] >= x: replace it, or append when there is none. The length is tails.length.',
        'Use bisect_left (first tail >= x), not bisect_right: with the latter, equal values extend a run and you compute the longest non-decreasing subsequence.',
        'tails itself is not a valid answer. Also store, for each tail, its index in a, and for each i the index of the tail to its left at the time (prev[i]). Follow prev from the last tail back to -1 and reverse.',
      ],
    }),
    defineExercise({
      id: 'dijkstra',
      title: "Dijkstra's shortest paths with a binary heap",
      points: 15,
      python: 'heapq with (distance, vertex) tuples and lazy deletion; dict of distances with math.inf',
      hints: [
        'Start with dist = Infinity and prev = null for every vertex (vertices(graph) lists them), dist(source) = 0, and push [0, source] on a PriorityQueue from ./_heap.ts.',
        'Pop the closest entry; if its distance is larger than dist(u), it is stale (u was settled closer already): skip it. Otherwise relax each out-edge: if d + w < dist(v), update dist and prev and push [d + w, v]. There is no decrease-key; pushing again is fine.',
        'Keep dist and prev in Maps and read edges with outEdges(graph, u): with a plain object, dist["toString"] starts as a function and graph["constructor"] as Object. Check every weight first and throw a RangeError for a negative one.',
      ],
    }),
    defineExercise({
      id: 'topo-sort',
      title: "Topological sort (Kahn's algorithm) with cycle reporting",
      points: 15,
      python: 'graphlib.TopologicalSorter(...).static_order() and graphlib.CycleError (args[1] is the cycle)',
      hints: [
        'Count each vertex\'s incoming edges (vertices(graph) lists every vertex, outEdges(graph, u) its successors). The vertices with none are ready. Repeatedly take one, append it, and decrement its successors; a successor whose count reaches 0 becomes ready.',
        'To take the smallest ready name each time, keep them in a `PriorityQueue<string, string>` from ./_heap.ts and `push(v, v)`. Names compare with `<` (code units: "B" < "a"), not localeCompare.',
        'If fewer vertices come out than there are, the rest all still have an incoming edge from one another. Walk backwards from any of them along such edges until a vertex repeats; the stretch between the two visits, reversed and closed ([v, ..., v]), is the cycle for the CycleError.',
      ],
    }),
    defineExercise({
      id: 'mst',
      title: 'Minimum spanning forest: Kruskal and Prim',
      points: 15,
      python: 'networkx.minimum_spanning_tree(G, algorithm="kruskal" | "prim")',
      hints: [
        'Kruskal: sort a copy of the edges by weight, then keep every edge whose endpoints are in different trees. Track the trees with a union-find: parent[x] points towards the root; find(x) follows it (halving the path on the way); union links one root under the other.',
        'Prim: build adjacency lists (each undirected edge goes into both endpoints\' lists). From a start vertex, push its edges on a PriorityQueue keyed by weight; pop the lightest; skip it if its far end is already in the tree; otherwise add the edge and push the far end\'s edges.',
        'For a disconnected graph both must return a forest: Kruskal does so naturally; Prim needs an outer loop that starts a new tree at every vertex not yet in one. "Both endpoints already seen" is not the same as "same tree": only the union-find (or Prim\'s in-tree set for the single growing tree) answers that.',
      ],
    }),
    defineExercise({
      id: 'scc',
      title: "Strongly connected components (Tarjan's algorithm, no recursion)",
      points: 20,
      python: 'networkx.strongly_connected_components; a DFS that would need sys.setrecursionlimit',
      hints: [
        'Write it recursively first. visit(v): give v index = low = counter++, push it on a stack, mark it on-stack. For each edge v -> w: if w is new, visit(w) then low[v] = min(low[v], low[w]); else if w is on the stack, low[v] = min(low[v], index[w]). Afterwards, if low[v] === index[v], pop the stack down to v: that is one component.',
        'Only vertices still on the stack may lower low[v]. A vertex in an already finished component is reachable from v but cannot reach back, so it must not pull v into its component.',
        'A path of 20 000 vertices means a DFS 20 000 calls deep, past JavaScript\'s call stack (and Python\'s recursion limit). Replace the recursion with an array of frames [vertex, index of the next edge]: look at the top frame; take its next edge (pushing a new frame for a new vertex), or, when its edges are done, pop it, emit a component if low === index, and fold its low into its parent\'s.',
      ],
    }),
  ],
});
