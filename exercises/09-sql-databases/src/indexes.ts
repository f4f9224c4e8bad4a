import { todo } from '@roadmap/todo';

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
  // TODO: for each query, the column list: equality columns, then the range column, then the
  // ORDER BY columns not already listed; drop lists that are a prefix of (or equal to) another
  // list on the same table; turn each into CREATE INDEX idx_<table>_<cols> ON <table> (<cols>).
  return todo('indexesFor');
}
