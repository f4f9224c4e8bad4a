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
  ],
});
