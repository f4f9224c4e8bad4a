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
  ],
});
