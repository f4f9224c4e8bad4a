// Mistake: sorts NULL after every value in ascending order (and first in descending).
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

/** Compares two non-null values of the same kind (numbers numerically, text by code unit). */
function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
  if ('col' in expr) {
    if (!(expr.col in row)) throw new Error(`no column ${expr.col}`);
    return row[expr.col]!;
  }
  if ('lit' in expr) return expr.lit;
  switch (expr.op) {
    case 'not': {
      const v = truth(evaluate(expr.arg, row));
      return v === null ? null : !v;
    }
    case 'isNull':
      return evaluate(expr.arg, row) === null;
    case 'and': {
      const l = truth(evaluate(expr.left, row));
      const r = truth(evaluate(expr.right, row));
      if (l === false || r === false) return false;
      return l === null || r === null ? null : true;
    }
    case 'or': {
      const l = truth(evaluate(expr.left, row));
      const r = truth(evaluate(expr.right, row));
      if (l === true || r === true) return true;
      return l === null || r === null ? null : false;
    }
    case 'in': {
      const x = evaluate(expr.arg, row);
      if (x === null) return null;
      let sawNull = false;
      for (const item of expr.list) {
        const v = evaluate(item, row);
        if (v === null) sawNull = true;
        else if (compare(x as number | string, v as number | string) === 0) return true;
      }
      return sawNull ? null : false;
    }
    default: {
      const l = evaluate(expr.left, row);
      const r = evaluate(expr.right, row);
      if (l === null || r === null) return null;
      const c = compare(l as number | string, r as number | string);
      switch (expr.op) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '<=':
          return c <= 0;
        case '>':
          return c > 0;
        default:
          return c >= 0;
      }
    }
  }
}

/** A value used as a condition: booleans as they are, NULL unknown, numbers true unless 0. */
function truth(v: Value | Truth): Truth {
  if (v === null || typeof v === 'boolean') return v;
  return typeof v === 'number' ? v !== 0 : Number(v) !== 0;
}

/**
 * The leaf of every plan: yields the rows of a table one by one.
 *
 * Python: `def scan(rows): yield from rows`.
 */
export function* scan(rows: Iterable<Row>): Generator<Row> {
  yield* rows;
}

/** WHERE: keeps the rows for which the condition is TRUE (not FALSE, not UNKNOWN). Lazy. */
export function* filter(input: Iterable<Row>, where: Expr): Generator<Row> {
  for (const row of input) if (truth(evaluate(where, row)) === true) yield row;
}

/** SELECT list: one output column per entry; TRUE/FALSE become 1/0 as in SQLite. Lazy. */
export function* project(input: Iterable<Row>, columns: Readonly<Record<string, Expr>>): Generator<Row> {
  for (const row of input) {
    const out: Row = {};
    for (const [name, e] of Object.entries(columns)) {
      const v = evaluate(e, row);
      out[name] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }
    yield out;
  }
}

/**
 * Inner equi-join `left JOIN right ON left[on.left] = right[on.right]`: builds a hash table on
 * the right input, then streams the left. A NULL key matches nothing (NULL = NULL is UNKNOWN).
 * Output rows are `{ ...leftRow, ...rightRow }` (the inputs' column names do not overlap), in
 * left order, and for one left row in right order.
 */
export function* hashJoin(left: Iterable<Row>, right: Iterable<Row>, on: { left: string; right: string }): Generator<Row> {
  const table = new Map<Value, Row[]>();
  for (const r of right) {
    const k = r[on.right]!;
    if (k === null) continue;
    const bucket = table.get(k);
    if (bucket) bucket.push(r);
    else table.set(k, [r]);
  }
  for (const l of left) {
    const k = l[on.left]!;
    if (k === null) continue;
    for (const r of table.get(k) ?? []) yield { ...l, ...r };
  }
}

/**
 * ORDER BY: a stable sort on the keys in turn. As in SQLite, NULL sorts before every value
 * ascending, and after every value descending. Returns an array (a sort must see every row).
 */
export function sort(input: Iterable<Row>, keys: readonly SortKey[]): Row[] {
  const rows = [...input].map((row) => ({ row, k: keys.map((key) => evaluate(key.expr, row)) }));
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.k[i]!;
      const y = b.k[i]!;
      let c: number;
      if (x === null || y === null) c = x === y ? 0 : x === null ? 1 : -1;
      else c = compare(x as number | string, y as number | string);
      if (c !== 0) return keys[i]!.desc ? -c : c;
    }
    return 0;
  });
  return rows.map((r) => r.row);
}

/** LIMIT count OFFSET offset: stops pulling from its input once it has enough rows. */
export function* limit(input: Iterable<Row>, count: number, offset = 0): Generator<Row> {
  if (count <= 0) return;
  let seen = 0;
  let given = 0;
  for (const row of input) {
    if (seen++ < offset) continue;
    yield row;
    if (++given >= count) return;
  }
}
