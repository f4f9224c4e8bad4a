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
  ],
});
