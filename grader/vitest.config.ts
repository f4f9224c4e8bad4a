import { defineConfig } from 'vitest/config';

// The grader's own tests. The hidden suites under suites/ are not run here: the grader runs them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
