import type { Plugin, UserConfig } from 'vite';

/**
 * Lowers TC39 (standard) decorators and `accessor` fields, which Vite 8's transform leaves alone
 * and Node 20 cannot parse. Runs esbuild only on TypeScript files that use them.
 */
export declare function standardDecorators(): Plugin;

/** The Vitest config of a stage's visible tests (`exercises/NN-slug/vitest.config.ts`). */
export declare function defineStageTestConfig(): UserConfig;
