import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { todo } from '@roadmap/todo';

/** One step of the walk: `[dirpath, dirnames, filenames]`, as Python's `os.walk` yields them. */
export type WalkEntry = [dirpath: string, dirnames: string[], filenames: string[]];

export interface WalkOptions {
  /** Python: `topdown` (default true): yield a directory before its subdirectories. */
  topDown?: boolean;
  /** Python: `followlinks` (default false): descend into symbolic links to directories. */
  followLinks?: boolean;
}

/**
 * Python: `os.walk(top, topdown=True, followlinks=False)`, with names sorted.
 *
 * ```python
 * for dirpath, dirnames, filenames in os.walk(root):
 *     dirnames[:] = [d for d in dirnames if not d.startswith('.')]   # prune in place
 *     for f in filenames:
 *         print(os.path.join(dirpath, f))
 * ```
 *
 * ```ts
 * for (const [dirpath, dirnames, filenames] of walk(root)) {
 *   dirnames.splice(0, dirnames.length, ...dirnames.filter((d) => !d.startsWith('.')));
 *   for (const f of filenames) console.log(path.join(dirpath, f));
 * }
 * ```
 *
 * - `dirnames` and `filenames` are sorted by UTF-16 code units (the default `sort()`); a symlink
 *   to a directory counts as a directory, any other entry (a broken link too) as a file.
 * - Paths are `dirpath + '/' + name`, starting from `root` exactly as given.
 * - Top-down, the walk reads `dirnames` *after* the caller has seen it, so removing names from
 *   the array (in place) prunes the walk. Bottom-up, children come before their parent.
 * - Symlinked directories are listed but not entered unless `followLinks`.
 * - A root that is missing or not a directory yields nothing (Python ignores the error).
 */
export function* walk(root: string, options: WalkOptions = {}): Generator<WalkEntry, void, undefined> {
  // TODO: readdirSync(root, { withFileTypes: true }) (return quietly if it throws), split the
  // entries into sorted dirnames and filenames (statSync follows a symlink to see what it points to).
  // TODO: top-down: yield first, then recurse (yield*) into each name still in dirnames, skipping
  // symlinks (lstatSync) unless followLinks. Bottom-up: recurse first, then yield.
  return todo('walk');
}
