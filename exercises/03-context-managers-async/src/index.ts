export { tempDir } from './temp-dir.ts';
export type { TempDir, TempDirOptions } from './temp-dir.ts';
