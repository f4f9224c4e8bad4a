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
  ],
});
