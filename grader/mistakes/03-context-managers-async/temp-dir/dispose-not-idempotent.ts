// Mistake: removes the folder without `force`, so a second dispose (or an already deleted folder) throws ENOENT.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempDir extends Disposable {
  readonly path: string;
}

export interface TempDirOptions {
  prefix?: string;
  dir?: string;
}

export function tempDir(options: TempDirOptions = {}): TempDir {
  const { prefix = 'tmp-', dir = tmpdir() } = options;
  const created = mkdtempSync(path.join(path.resolve(dir), prefix));
  return {
    path: created,
    [Symbol.dispose]() {
      rmSync(created, { recursive: true });
    },
  };
}
