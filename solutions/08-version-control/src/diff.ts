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
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  // v[k + offset] = the furthest x reached on diagonal k (k = x - y) so far.
  const v = new Int32Array(2 * max + 3);
  // trace[d] keeps v (diagonals -d..d) as it was before round d, to walk back afterwards.
  const trace: Int32Array[] = [];
  let rounds = 0;
  search: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      // Step down (an insertion) from diagonal k+1, or right (a deletion) from k-1.
      const down = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!);
      let x = down ? v[k + 1 + offset]! : v[k - 1 + offset]! + 1;
      let y = x - k;
      // Then follow the "snake": equal lines cost nothing.
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        rounds = d;
        break search;
      }
    }
  }

  // Walk back from (n, m): each round undoes one snake and the edit before it.
  const reversed: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = rounds; d > 0; d--) {
    const before = trace[d]!; // index k + d
    const at = (k: number) => before[k + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push({ op: 'equal', line: a[--x]! });
      y--;
    }
    if (down) reversed.push({ op: 'insert', line: b[--y]! });
    else reversed.push({ op: 'delete', line: a[--x]! });
  }
  while (x > 0 && y > 0) {
    reversed.push({ op: 'equal', line: a[--x]! });
    y--;
  }
  const edits = reversed.reverse();

  // Put deletions before insertions inside each run of changes.
  const out: Edit[] = [];
  let i = 0;
  while (i < edits.length) {
    if (edits[i]!.op === 'equal') {
      out.push(edits[i++]!);
      continue;
    }
    const run: Edit[] = [];
    while (i < edits.length && edits[i]!.op !== 'equal') run.push(edits[i++]!);
    out.push(...run.filter((e) => e.op === 'delete'), ...run.filter((e) => e.op === 'insert'));
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
 * (git may append a "function name" after the second @@ when a line above the hunk starts with
 * a letter; leave that out: the tests use lines for which git prints none.)
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
