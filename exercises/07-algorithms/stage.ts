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
  ],
});
