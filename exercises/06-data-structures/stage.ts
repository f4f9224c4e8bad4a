import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '06-data-structures',
  title: 'Data structures from scratch',
  roadmap: 'Data structures: lists, dictionaries, sets, trees, graphs',
  exercises: [
    defineExercise({
      id: 'dynamic-array',
      title: 'DynamicArray: a growable array with amortised O(1) append',
      python: 'list (append, pop, insert, indexing)',
      hints: [
        'Keep a backing array with a fixed number of slots (new Array(capacity)) and a separate length; only the first length slots hold items.',
        'Before adding to a full array, allocate twice the slots and copy the items over. After a removal, if length <= capacity / 4 and capacity > 1, copy into half the slots.',
        'Python index rules: get/set/removeAt accept -length..length-1 (add length to a negative index) and throw RangeError otherwise; insert adds length to a negative index and then clamps into [0, length] instead of throwing.',
      ],
    }),
    defineExercise({
      id: 'linked-list',
      title: 'LinkedList: nodes, pointers and an in-place reverse',
      python: 'a hand-written Node class (collections.deque is a linked list of blocks)',
      hints: [
        'Keep #head, #tail and #length. Every operation that adds or removes the first or last node must update head and tail; an emptied list has both null.',
        'insertAt and removeAt walk to the node before position i and relink its next pointer; removing the last node moves the tail back to that previous node.',
        'reverse: walk with prev = null and cur = head; save cur.next, point cur.next at prev, advance both. Before you start, remember the old head: it is the new tail.',
      ],
    }),
    defineExercise({
      id: 'hash-map',
      title: 'HashMap: open addressing with tombstones',
      python: 'dict (CPython uses open addressing with dummy entries too)',
      hints: [
        'Slots hold undefined (never used), a TOMBSTONE marker (deleted) or { key, value }. The start slot is (hash(key) >>> 0) & (capacity - 1); probe with i = (i + 1) & (capacity - 1).',
        'Lookups stop at an empty slot and walk past tombstones. Deleting must leave a tombstone: emptying the slot would hide every key that probed past it.',
        'Before inserting a new key: double the capacity when size + 1 > 0.75 * capacity; otherwise, when size + tombstones + 1 > 0.75 * capacity, rebuild at the same capacity (re-insert the live entries into a fresh array) to clear tombstones.',
      ],
    }),
    defineExercise({
      id: 'lru-cache',
      title: 'LRUCache: O(1) get and put with eviction',
      python: 'functools.lru_cache / OrderedDict.move_to_end',
      hints: [
        'You need two things in O(1): find a key (a Map from key to node) and know the order of use (a doubly linked list of nodes, least recently used at the front).',
        'A sentinel node whose next is the oldest entry and whose prev is the newest makes the list circular: unlink is two assignments, append-at-the-end is four, with no null checks.',
        'get on a hit and put on an existing key move the node to the end; put of a new key appends it and, above capacity, unlinks sentinel.next and deletes its key from the Map. has and keys only look.',
      ],
    }),
    defineExercise({
      id: 'min-heap',
      title: 'MinHeap: heapq in a class',
      python: 'heapq (heappush, heappop, heapify, heappushpop, heapreplace, nsmallest)',
      hints: [
        'Store the heap in an array: the children of i are 2i + 1 and 2i + 2, the parent is (i - 1) >> 1. push appends and sifts up; pop moves the last item to the root and sifts down towards the smaller child.',
        'heapify is not n pushes: copy the items and sift down every parent from index (n >> 1) - 1 down to 0. That is O(n) and gives exactly heapq\'s layout.',
        'nSmallest: keep the n best items seen so far in a heap whose root is the worst of them (invert the comparison); tag each item with its input position and use it to break ties, so equal items come out in input order like sorted().',
      ],
    }),
    defineExercise({
      id: 'sorted-list',
      title: 'SortedList: insort and bisect in a class',
      python: 'bisect.insort / sortedcontainers.SortedList',
      hints: [
        'Keep a plain sorted array. bisectLeft and bisectRight are the two binary searches from the bisect exercise, driven by the comparison function.',
        'add inserts at bisectRight (after equal items, like insort_right), so items that compare equal stay in arrival order. indexOf is bisectLeft plus a check that the item there really is equal.',
        'irange(min, max, [incMin, incMax]): start at bisectLeft(min) if min is included, else bisectRight(min); end at bisectRight(max) if max is included, else bisectLeft(max).',
      ],
    }),
    defineExercise({
      id: 'trie',
      title: 'Trie: prefix search and autocomplete',
      python: 'nested dicts (node = node.setdefault(ch, {}))',
      hints: [
        'A node is { children: Map<string, Node>, end: boolean }. insert walks (and creates) one node per character; has and startsWith walk without creating.',
        'complete: walk to the prefix node, then depth-first: push the word if node.end, then visit the children in sorted key order. A word before its extensions, children sorted: that is exactly the default sort order.',
        'delete: record the (parent, char) pairs on the way down; after clearing end, walk back up and delete each child that has no children and ends no word, stopping at the first one that is still needed.',
      ],
    }),
    defineExercise({
      id: 'avl-tree',
      title: 'AVLTree: a self-balancing binary search tree',
      python: 'no stdlib equivalent (a dict that also keeps its keys sorted)',
      hints: [
        'Write insert and delete recursively: go(node) returns the (possibly new) root of that subtree, and the caller stores it (node.left = go(node.left)). On the way back up, call rebalance(node) and return its result.',
        'rebalance: recompute the height (1 + max of the children, an empty child counts 0); if left height − right height > 1, rotate right (after rotating the left child left when it leans right); mirror for < −1.',
        'In a rotation, update the height of the node that moved down before the node that moved up. Deleting a node with two children: copy its in-order successor (leftmost of the right subtree) into it, then delete the successor from the right subtree.',
      ],
    }),
    defineExercise({
      id: 'union-find',
      title: 'UnionFind: disjoint sets with path compression and union by rank',
      python: 'a parent list (no stdlib equivalent)',
      hints: [
        'parent[i] starts as i (every element is its own root); rank and size arrays start at 0 and 1; count starts at n.',
        'find: walk parent pointers to the root, then walk the path a second time setting each parent to the root.',
        'union: find both roots; if they differ, hang the root with the lower rank under the other (on a tie, b\'s root under a\'s, and a\'s rank grows by one), add the sizes and decrement count.',
      ],
    }),
    defineExercise({
      id: 'graph',
      title: 'Graph: adjacency lists, BFS, DFS and shortest paths',
      python: 'dict of lists + collections.deque',
      hints: [
        'A Map<T, T[]> keeps both the vertices and each neighbour list in insertion order; an undirected addEdge appends to both lists. Never sort the lists: the traversal order follows the order edges were added.',
        'BFS: a queue (array plus a head index), marking a vertex as seen when you queue it and recording which vertex discovered it; shortestPath walks those parents back from the target.',
        'DFS is the recursive preorder: visit(u) records u, then calls visit(v) for each unseen neighbour in order. An explicit stack that pushes all neighbours at once visits them in a different order.',
      ],
    }),
    defineExercise({
      id: 'bloom-filter',
      title: 'BloomFilter: a probabilistic set in m bits',
      python: 'no stdlib equivalent (a bytearray plus hashlib digests)',
      hints: [
        'Store m bits in a Uint8Array of ceil(m / 8) bytes: bit i is (bytes[i >> 3] >> (i & 7)) & 1.',
        'You need k positions per item that behave like independent hashes. Derive them from two: h1 = fnv1a(item), h2 = mix32(h1) | 1 (both from ./_hash.ts), and position i = ((h1 + Math.imul(i, h2)) >>> 0) % m.',
        'add sets all k bits; has returns false as soon as one of them is clear. optimal(n, p): m = ceil(−n ln p / (ln 2)²), k = max(1, round(m / n · ln 2)).',
      ],
    }),
  ],
});
