import { todo } from '@roadmap/todo';

export interface MergeResult {
  /** The merged text, with conflict markers where both sides changed the same place. */
  text: string;
  /** How many conflict blocks `text` holds (`git merge-file` exits with this number). */
  conflicts: number;
}

export interface MergeOptions {
  /** Names written after the markers: `<<<<<<< ours` … `>>>>>>> theirs`. */
  labels?: { ours?: string; theirs?: string };
}

/**
 * A three-way merge of text files as `git merge-file -p` does it (its default "zealous, alnum"
 * level, "merge" conflict style). Inputs are LF text ending in '\n' (or empty).
 *
 * 1. Diff base→ours and base→theirs into hunks (base range → replacement).
 * 2. Walk both hunk lists in base order. A hunk that ends strictly before the other side's next
 *    hunk starts is a one-sided change. Hunks that overlap or touch form a conflict over the
 *    union of their base ranges, unless they are the same hunk with the same new lines.
 *    A region that overlaps or touches the previous one (in ours' or theirs' line numbers)
 *    joins it, and the joined region is a conflict if their kinds differ.
 * 3. Refine each conflict whose sides are both non-empty: diff its ours lines against its
 *    theirs lines; no difference resolves it, otherwise each hunk of that diff becomes its own
 *    conflict and the lines between them merge cleanly.
 * 4. Join two consecutive conflicts when at most 3 lines of ours separate them, or when none of
 *    those lines holds a letter or digit.
 * 5. Write ours with the regions applied; a conflict is written as
 *    `<<<<<<< ours\n` ours lines `=======\n` theirs lines `>>>>>>> theirs\n`.
 *
 * Python has no standard three-way merge; Mercurial's `simplemerge` is the closest relative.
 */
export function merge3(base: string, ours: string, theirs: string, opts: MergeOptions = {}): MergeResult {
  // TODO: split the texts into lines keeping their '\n'; diff base→ours and base→theirs into
  // hunks (your myersDiff from ./diff.ts can do the diffing); then follow steps 2 to 5 above.
  return todo('merge3');
}
