/**
 * Given to you (identical in exercises/ and solutions/): the part of a SQLite connection these
 * exercises use. A better-sqlite3 `Database` fits it; so does Python's sqlite3 in spirit:
 *
 *     Python (sqlite3)                         TypeScript (this handle)
 *     con.execute(sql, params).fetchone()      db.prepare(sql).get(...params)
 *     con.execute(sql, params).fetchall()      db.prepare(sql).all(...params)
 *     con.execute(sql, params).rowcount        db.prepare(sql).run(...params).changes
 *     con.executescript(sql)                   db.exec(sql)
 *
 * Placeholders: `?` takes the arguments in order; `:name`/`@name`/`$name` take one object
 * (`db.prepare('… WHERE id = :id').get({ id: 1 })`). Rows come back as plain objects keyed by
 * column name: `db.prepare(sql).get<User>(email)` types one as a `User`.
 */
export type Row = Record<string, unknown>;

export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  changes: number;
  /** The rowid of the last inserted row. */
  lastInsertRowid: number | bigint;
}

export interface Statement {
  run(...params: unknown[]): RunResult;
  /** The first row, or undefined. `T` only tells TypeScript the row's shape (like a cast). */
  get<T = Row>(...params: unknown[]): T | undefined;
  /** Every row. */
  all<T = Row>(...params: unknown[]): T[];
}

export interface Db {
  prepare(sql: string): Statement;
  /** Runs one or more statements separated by ';' (no parameters, no results). */
  exec(sql: string): unknown;
  /** True while a transaction is open (after BEGIN, before COMMIT or ROLLBACK). */
  readonly inTransaction: boolean;
}
