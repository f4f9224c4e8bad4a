import { defineConfig } from 'vitest/config';

// The grader's own tests. The hidden suites under suites/ are not run here: the grader runs them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
