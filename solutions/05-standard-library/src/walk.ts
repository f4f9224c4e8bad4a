import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

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
  const { topDown = true, followLinks = false } = options;
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return; // like os.walk without onerror: unreadable, missing or not a directory
  }
  const join = (name: string) => (root.endsWith(path.sep) ? root + name : root + path.sep + name);

  const dirs: string[] = [];
  const files: string[] = [];
  const links = new Set<string>();
  for (const e of entries) {
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      links.add(e.name);
      try {
        isDir = statSync(join(e.name)).isDirectory(); // follows the link; throws if it dangles
      } catch {
        isDir = false;
      }
    }
    (isDir ? dirs : files).push(e.name);
  }
  dirs.sort();
  files.sort();

  if (topDown) {
    yield [root, dirs, files];
    // Read `dirs` only now: the caller may have pruned it in place. Like Python, check for a
    // link at this point rather than trusting the scan.
    for (const d of dirs) {
      const p = join(d);
      if (followLinks || !isLink(p)) yield* walk(p, options);
    }
  } else {
    const into = dirs.filter((d) => followLinks || !links.has(d));
    for (const d of into) yield* walk(join(d), options);
    yield [root, dirs, files];
  }
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
