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
  ],
});
