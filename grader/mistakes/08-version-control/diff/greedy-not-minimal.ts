// Mistake: a greedy line matcher instead of Myers: the script is valid but not always the shortest.
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
  // Greedy: match the next equal line when the current ones differ, looking ahead in b only.
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ op: 'equal', line: a[i]! });
      i++;
      j++;
    } else if (i < a.length) {
      const k = b.indexOf(a[i]!, j);
      if (k < 0) out.push({ op: 'delete', line: a[i++]! });
      else while (j < k) out.push({ op: 'insert', line: b[j++]! });
    } else out.push({ op: 'insert', line: b[j++]! });
  }
  return out;
}

/** Splits text into lines that keep their '\n'; the last one may have none. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * The hunks `git diff --no-index` prints for two texts (everything from the first '@@' on), with
 * `context` unchanged lines around each change (default 3). Changes closer than 2·context + 1
 * lines share a hunk. A header reads `@@ -<start>,<count> +<start>,<count> @@`: starts are 1-based,
 * `,<count>` is left out when the count is 1, and an empty range starts at the line before it.
 * A last line without '\n' is followed by `\ No newline at end of file`. Equal texts give ''.
 *
 * Python (close, but difflib's header omits counts differently and its matching is not minimal):
 *     "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True), n=3))
 */
export function unifiedDiff(a: string, b: string, opts: { context?: number } = {}): string {
  const context = opts.context ?? 3;
  // Lines keep their terminator, so "x" and "x\n" differ, as they do for git.
  const edits = myersDiff(splitLines(a), splitLines(b));
  // Positions: for each edit, the index in a and in b where it happens.
  const rows = [];
  let ai = 0;
  let bi = 0;
  for (const e of edits) {
    rows.push({ ...e, ai, bi });
    if (e.op !== 'insert') ai++;
    if (e.op !== 'delete') bi++;
  }
  const changed = rows.map((r, i) => (r.op === 'equal' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return '';

  // Group change indices into hunks: a gap of more than 2·context equal lines starts a new one.
  const groups: [number, number][] = [];
  let start = changed[0]!;
  let end = changed[0]!;
  for (const i of changed.slice(1)) {
    if (i - end - 1 > 2 * context) {
      groups.push([start, end]);
      start = i;
    }
    end = i;
  }
  groups.push([start, end]);

  const show = (prefix: string, line: string) => (line.endsWith('\n') ? `${prefix}${line}` : `${prefix}${line}\n\\ No newline at end of file\n`);
  const range = (startIndex: number, count: number) => (count === 1 ? `${startIndex + 1}` : count === 0 ? `${startIndex},0` : `${startIndex + 1},${count}`);
  let out = '';
  for (const [first, last] of groups) {
    const lo = Math.max(0, first - context);
    const hi = Math.min(rows.length - 1, last + context);
    const slice = rows.slice(lo, hi + 1);
    const aCount = slice.filter((r) => r.op !== 'insert').length;
    const bCount = slice.filter((r) => r.op !== 'delete').length;
    out += `@@ -${range(rows[lo]!.ai, aCount)} +${range(rows[lo]!.bi, bCount)} @@\n`;
    for (const r of slice) out += show(r.op === 'equal' ? ' ' : r.op === 'delete' ? '-' : '+', r.line);
  }
  return out;
}
