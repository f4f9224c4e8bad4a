import { todo } from '@roadmap/todo';

export type EditOp = 'equal' | 'delete' | 'insert';

export interface Edit {
  op: EditOp;
  /** The line kept ('equal'), removed from a ('delete') or added from b ('insert'). */
  line: string;
}

/**
 * A shortest edit script turning `a` into `b` (Myers, "An O(ND) Difference Algorithm", 1986).
 * Reading the 'equal' and 'delete' lines gives back `a`; the 'equal' and 'insert' lines give `b`;
 * the number of non-equal edits is the minimum, `a.length + b.length - 2 * LCS(a, b)`.
 * Inside each run of changes, deletions come before insertions (as in a unified diff).
 *
 * Python's difflib is not minimal (it looks for "junk"-free matching blocks):
 *     list(difflib.ndiff(a, b))     # '  x', '- y', '+ z' lines
 */
export function myersDiff(a: readonly string[], b: readonly string[]): Edit[] {
  // TODO: for d = 0, 1, 2, …: for each diagonal k = -d, -d+2, …, d, extend the furthest path by
  // one edit (down = insert, right = delete) and then along equal lines; keep each round's
  // furthest points to walk back from (a.length, b.length) and rebuild the script.
  return todo('myersDiff');
}

/**
 * The hunks `git diff --no-index` prints for two texts (everything from the first '@@' on), with
 * `context` unchanged lines around each change (default 3). Changes closer than 2·context + 1
 * lines share a hunk. A header reads `@@ -<start>,<count> +<start>,<count> @@`: starts are 1-based,
 * `,<count>` is left out when the count is 1, and an empty range starts at the line before it.
 * A last line without '\n' is followed by `\ No newline at end of file`. Equal texts give ''.
 * (git may append a "function name" after the second @@ when a line above the hunk starts with
 * a letter; leave that out: the tests use lines for which git prints none.)
 *
 * Python (close, but difflib's header omits counts differently and its matching is not minimal):
 *     "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), n=3))
 */
export function unifiedDiff(a: string, b: string, opts: { context?: number } = {}): string {
  // TODO: split both texts into lines that keep their '\n'; diff them; group the changes into
  // hunks; print each header and its ' ', '-', '+' lines.
  return todo('unifiedDiff');
}
