export { tempDir } from './temp-dir.ts';
export type { TempDir, TempDirOptions } from './temp-dir.ts';
export { suppress } from './suppress.ts';
export type { ErrorClass, Suppressed } from './suppress.ts';
export { ExitStack } from './exit-stack.ts';
export { withTimeout } from './with-timeout.ts';
export { pLimit } from './p-limit.ts';
export type { Limit } from './p-limit.ts';
export { mapConcurrent } from './map-concurrent.ts';
