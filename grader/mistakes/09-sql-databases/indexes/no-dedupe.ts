// Mistake: creates one index per query, even when one is a prefix of another.
/** The shape of one query of a workload: `SELECT * FROM table WHERE … ORDER BY …`. */
export interface QueryShape {
  table: string;
  /** Columns compared with `=` (order does not matter). */
  equals: readonly string[];
  /** At most one column compared with `<`, `<=`, `>` or `>=`. */
  range?: string;
  /** ORDER BY columns, all ascending. When there is a range too, orderBy starts with it. */
  orderBy?: readonly string[];
}

/**
 * `CREATE INDEX` statements that let SQLite answer every query of the workload with an index
 * SEARCH using all its `=` columns and its range column, and without a temporary B-tree for its
 * ORDER BY. One index per distinct need: an index whose columns are a prefix of another index on
 * the same table is redundant (the longer one serves both), and so is a duplicate.
 * Name them `idx_<table>_<col>_<col>…`.
 *
 * The rule of thumb: equality columns first, then the range column or the ORDER BY columns.
 * (Python has no counterpart; this is the planner's view of a composite B-tree.)
 */
export function indexesFor(workload: readonly QueryShape[]): string[] {
  const wanted: { table: string; columns: string[] }[] = [];
  for (const q of workload) {
    const columns = [...q.equals].sort();
    if (q.range) columns.push(q.range);
    for (const c of q.orderBy ?? []) if (!columns.includes(c)) columns.push(c);
    wanted.push({ table: q.table, columns });
  }
  const isPrefix = (short: string[], long: string[]) => short.length <= long.length && short.every((c, i) => long[i] === c);
  const kept = wanted.filter(
    (w, i) =>
      !wanted.some(
        (other, j) =>
          other.table === w.table &&
          isPrefix(w.columns, other.columns) &&
          // Drop w when another covers it: a strictly longer index, or the first of equal ones.
          false && (other.columns.length > w.columns.length || j < i),
      ),
  );
  return kept.map((w) => `CREATE INDEX idx_${w.table}_${w.columns.join('_')} ON ${w.table} (${w.columns.join(', ')})`);
}
