import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '02-iterators-generators',
  title: 'Iterators and generators',
  roadmap: 'Advanced Python concepts: generators; the standard library: itertools',
  exercises: [
    defineExercise({
      id: 'range',
      title: "range: Python's lazy integer sequence",
      python: 'range(start, stop, step), len(r), r[i], x in r',
      hints: [
        'Sort out the arguments first: with one argument it is the stop and start is 0. Check the arguments before returning anything, so range(0, 10, 0) throws at once.',
        'length = Math.max(0, Math.ceil((stop - start) / step)) works for both directions. Then value k is start + k * step for 0 <= k < length: at(i) and includes(x) are arithmetic on k.',
        'Make [Symbol.iterator] a generator method (*[Symbol.iterator]() { ... }) on the returned object, not one generator created up front, so every for...of starts again from the beginning.',
      ],
    }),
  ],
});
