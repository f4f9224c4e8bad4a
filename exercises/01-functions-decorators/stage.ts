import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '01-functions-decorators',
  title: 'Functions and decorators',
  roadmap: 'Advanced Python concepts: decorators, higher-order functions, closures',
  exercises: [
    defineExercise({
      id: 'compose',
      title: 'Function composition: compose and pipe',
      python: 'functools.reduce(lambda f, g: lambda x: f(g(x)), fns) (function composition)',
      hints: [
        'Both return a new function of one argument x; nothing is called until that function is called.',
        'Fold over the list with the argument as the starting value: pipe uses fns.reduce((acc, f) => f(acc), x), compose the same fold from the right (reduceRight).',
        'Passing x as the seed of the fold is what makes the empty list work: with no functions the fold just returns x.',
      ],
    }),
    defineExercise({
      id: 'memoize',
      title: 'memoize with an LRU bound',
      python: 'functools.lru_cache / functools.cache',
      hints: [
        'Keep a Map from key to result inside the closure; the wrapper computes the key, returns the cached value on a hit, and calls fn on a miss.',
        'Test for a hit with cache.has(key): a cached undefined must still count as a hit, and a call that throws must store nothing.',
        'A Map iterates in insertion order, so it is already an LRU list: on a hit delete and re-set the key to move it to the end, and evict cache.keys().next().value while size > maxSize.',
        'Copy the name with Object.defineProperty(wrapper, "name", { value: fn.name }), and attach cache and clear with Object.assign(wrapper, { cache, clear }).',
      ],
    }),
  ],
});
