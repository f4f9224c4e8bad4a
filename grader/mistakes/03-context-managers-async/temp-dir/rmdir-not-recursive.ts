// Mistake: removes the folder with rmdirSync, which fails as soon as anything is inside it.
import { mkdtempSync, rmdirSync } from 'node:fs';
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
      try {
        rmdirSync(created);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    },
  };
}
