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
  ],
});
