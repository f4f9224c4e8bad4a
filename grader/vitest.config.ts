import { defineConfig } from 'vitest/config';

// The grader's own tests. The hidden suites under suites/ are not run here: the grader runs them.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    // No grading daemon: tests stay deterministic and leave no process behind (grade-daemon.test.ts turns it on).
    env: { ROADMAP_DAEMON: 'off' },
  },
});
