import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '05-standard-library',
  title: 'The standard library, TypeScript edition',
  roadmap: 'Python standard library: collections, itertools, os, sys, json',
  exercises: [
    defineExercise({
      id: 'counter',
      title: 'Counter: a multiset with most_common',
      python: 'collections.Counter',
      hints: [
        'Keep the counts in a private Map<T, number>: a Map remembers insertion order exactly like a Python dict.',
        'mostCommon: copy the entries and sort by count descending. Array.prototype.sort is stable, so ties keep insertion order as Python does; never break ties by the item.',
        'subtract writes every result back (even 0 or negative); plus/minus/union/intersection build a new Counter and keep only results > 0, walking this counter first and then the other one\'s new items.',
      ],
    }),
    defineExercise({
      id: 'default-map',
      title: 'DefaultMap: a Map that fills in missing keys',
      python: 'collections.defaultdict',
      hints: [
        'Extend Map and override get: when super.has(key) is false, make a value with the factory, store it with super.set, then return it.',
        'Call the factory on every miss. Creating one default up front and reusing it makes all keys share the same list, the classic mutable-default bug.',
        'peek is the non-inserting lookup (Python dict.get): plain super.get(key).',
      ],
    }),
    defineExercise({
      id: 'deque',
      title: 'Deque: a ring buffer with maxLen and rotate',
      python: 'collections.deque',
      hints: [
        'Store items in a fixed-size array with a head index and a length; item i lives at (head + i) mod capacity. Double the array (unrolling it) when it is full.',
        'With maxLen, a full deque drops from the opposite end: append drops the leftmost, appendLeft drops the rightmost. maxLen 0 keeps nothing.',
        'rotate(n) moves n items from the right end to the left: reduce n modulo the length (JavaScript % keeps the sign, so add the length and take % again), then pop/appendLeft that many times or move the head.',
      ],
    }),
  ],
});
