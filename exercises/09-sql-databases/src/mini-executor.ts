import { todo } from '@roadmap/todo';

/** A SQL value: INTEGER/REAL, TEXT, or NULL. */
export type Value = number | string | null;
export type Row = Record<string, Value>;
/** SQL's three truth values: TRUE, FALSE and UNKNOWN (null). */
export type Truth = boolean | null;

export type Expr =
  | { col: string }
  | { lit: Value }
  | { op: '=' | '<>' | '<' | '<=' | '>' | '>='; left: Expr; right: Expr }
  | { op: 'and' | 'or'; left: Expr; right: Expr }
  | { op: 'not'; arg: Expr }
  | { op: 'isNull'; arg: Expr }
  | { op: 'in'; arg: Expr; list: readonly Expr[] };

export interface SortKey {
  expr: Expr;
  desc?: boolean;
}

/**
 * Evaluates an expression on a row with SQL's three-valued logic: a comparison with NULL is
 * UNKNOWN (null); NOT UNKNOWN is UNKNOWN; FALSE AND UNKNOWN is FALSE; TRUE OR UNKNOWN is TRUE;
 * `x IN (…)` is TRUE on a match, otherwise UNKNOWN if x or an item is NULL, otherwise FALSE.
 * Comparisons only meet values of the same kind (numbers with numbers, text with text).
 *
 * Python has no UNKNOWN: `None == None` is True there, while SQL's `NULL = NULL` is UNKNOWN.
 */
export function evaluate(expr: Expr, row: Row): Value | Truth {
  // TODO: columns and literals; then each operator with three-valued logic (null = UNKNOWN).
  return todo('evaluate');
}

/**
 * The leaf of every plan: yields the rows of a table one by one.
 *
 * Python: `def scan(rows): yield from rows`.
 */
export function* scan(rows: Iterable<Row>): Generator<Row> {
  // TODO: yield every row.
  return todo('scan');
}

/** WHERE: keeps the rows for which the condition is TRUE (not FALSE, not UNKNOWN). Lazy. */
export function* filter(input: Iterable<Row>, where: Expr): Generator<Row> {
  // TODO: yield the rows whose condition evaluates to TRUE.
  return todo('filter');
}

/** SELECT list: one output column per entry; TRUE/FALSE become 1/0 as in SQLite. Lazy. */
export function* project(input: Iterable<Row>, columns: Readonly<Record<string, Expr>>): Generator<Row> {
  // TODO: yield one new row per input row, one entry per output column.
  return todo('project');
}

/**
 * Inner equi-join `left JOIN right ON left[on.left] = right[on.right]`: builds a hash table on
 * the right input, then streams the left. A NULL key matches nothing (NULL = NULL is UNKNOWN).
 * Output rows are `{ ...leftRow, ...rightRow }` (the inputs' column names do not overlap), in
 * left order, and for one left row in right order.
 */
export function* hashJoin(left: Iterable<Row>, right: Iterable<Row>, on: { left: string; right: string }): Generator<Row> {
  // TODO: a Map from right key to right rows (skip NULL keys), then stream the left rows.
  return todo('hashJoin');
}

/**
 * ORDER BY: a stable sort on the keys in turn. As in SQLite, NULL sorts before every value
 * ascending, and after every value descending. Returns an array (a sort must see every row).
 */
export function sort(input: Iterable<Row>, keys: readonly SortKey[]): Row[] {
  // TODO: compute the keys of each row, then a stable sort; NULL first ascending.
  return todo('sort');
}

/** LIMIT count OFFSET offset: stops pulling from its input once it has enough rows. */
export function* limit(input: Iterable<Row>, count: number, offset = 0): Generator<Row> {
  // TODO: skip `offset` rows, yield up to `count`, and stop iterating as soon as you have them.
  return todo('limit');
}
