import { todo } from '@roadmap/todo';

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
  // TODO: create the folder with fs.mkdtempSync(path.join(dir, prefix)), then return an object
  // with `path` and a [Symbol.dispose]() method that removes it (recursive, tolerant of "already gone").
  return todo('tempDir');
}
