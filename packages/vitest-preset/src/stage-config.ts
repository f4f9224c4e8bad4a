import type { UserConfig } from 'vite';
import { standardDecorators } from './decorators.ts';

/** The Vitest config of a stage's visible tests (`exercises/NN-slug/vitest.config.ts`). */
export function defineStageTestConfig(): UserConfig {
  return {
    plugins: [standardDecorators()],
    test: {
      include: ['test/**/*.test.ts'],
      pool: 'forks',
      testTimeout: 5000,
    },
  } as UserConfig;
}
