// Mistake: creates a single-column index for every column; SQLite uses one index per table, so composite conditions are half served.
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
  // One single-column index per column mentioned anywhere.
  const seen = new Set<string>();
  const out: string[] = [];
  for (const q of workload) {
    for (const c of [...q.equals, ...(q.range ? [q.range] : []), ...(q.orderBy ?? [])]) {
      if (seen.has(`${q.table}.${c}`)) continue;
      seen.add(`${q.table}.${c}`);
      out.push(`CREATE INDEX idx_${q.table}_${c} ON ${q.table} (${c})`);
    }
  }
  return out;
}
