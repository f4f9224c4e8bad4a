import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What `tempDir()` returns: the folder's path, removed when the `using` block ends. */
export interface TempDir extends Disposable {
  /** Absolute path of the new, empty directory. */
  readonly path: string;
}

export interface TempDirOptions {
  /** Start of the folder's name (Python's `prefix=`). @default 'tmp-' */
  prefix?: string;
  /** Parent folder (Python's `dir=`). @default os.tmpdir() */
  dir?: string;
}

/**
 * Python:
 * ```python
 * with tempfile.TemporaryDirectory(prefix="run-") as path:
 *     ...            # the folder and everything in it is deleted on exit, also on an exception
 * ```
 * TypeScript:
 * ```ts
 * {
 *   using tmp = tempDir({ prefix: 'run-' });
 *   // tmp.path exists here; it is deleted when the block ends, also when it throws
 * }
 * ```
 * Creates a fresh directory (unique name, under `dir`) right away. Disposing it deletes the
 * directory with everything inside; disposing twice, or after someone already deleted it, is
 * harmless.
 */
export function tempDir(options: TempDirOptions = {}): TempDir {
  const { prefix = 'tmp-', dir = tmpdir() } = options;
  // mkdtemp appends six random characters and creates the folder atomically (no name clash race).
  const created = mkdtempSync(path.join(path.resolve(dir), prefix));
  return {
    path: created,
    [Symbol.dispose]() {
      // recursive: the folder is rarely empty; force: a second dispose (or a folder someone
      // already deleted) is not an error.
      rmSync(created, { recursive: true, force: true });
    },
  };
}
