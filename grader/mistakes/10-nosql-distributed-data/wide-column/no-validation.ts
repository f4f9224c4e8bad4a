// Mistake: accepts any equality or range, filtering like a relational database instead of refusing what Cassandra cannot serve from one slice.
/** A cell value: numbers compare numerically, strings by code point. */
export type Cell = number | string;
export type Row = { [column: string]: Cell };

export interface TableSchema {
  /** Columns whose values together choose the partition (the node, in Cassandra). */
  partitionKey: string[];
  /** Columns that order rows inside a partition, each ascending (default) or descending. */
  clusteringKey: { column: string; order?: 'asc' | 'desc' }[];
}

export interface SliceQuery {
  /** Equality on a prefix of the clustering columns (no gaps). */
  eq?: { [column: string]: Cell };
  /** Bounds on the clustering column right after the `eq` prefix. */
  range?: { column: string; gt?: Cell; gte?: Cell; lt?: Cell; lte?: Cell };
  /** Return the rows in the reverse of the clustering order (CQL `ORDER BY ... DESC`). */
  reverse?: boolean;
  /** At most this many rows, counted after ordering. */
  limit?: number;
}

const cmp = (a: Cell, b: Cell) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A Cassandra-style table: rows live in partitions (chosen by the partition key), and inside a
 * partition they are kept sorted by the clustering columns, so a slice is a contiguous run.
 *
 * CQL:
 * ```sql
 * CREATE TABLE readings (sensor text, day text, ts int, value int,
 *                        PRIMARY KEY ((sensor, day), ts)) WITH CLUSTERING ORDER BY (ts DESC);
 * SELECT * FROM readings WHERE sensor = 's1' AND day = 'mon' AND ts >= 10 AND ts < 20 LIMIT 5;
 * ```
 */
export class WideColumnTable {
  readonly #schema: TableSchema;
  readonly #partitions = new Map<string, Row[]>();

  constructor(schema: TableSchema) {
    if (schema.partitionKey.length === 0) throw new Error('A table needs at least one partition key column');
    this.#schema = { partitionKey: [...schema.partitionKey], clusteringKey: schema.clusteringKey.map((c) => ({ ...c })) };
  }

  #partitionId(row: Row): string {
    return JSON.stringify(
      this.#schema.partitionKey.map((c) => {
        if (row[c] === undefined) throw new Error(`Missing partition key column ${c}`);
        return row[c];
      }),
    );
  }

  /** Clustering order of two rows of one partition. */
  #compare(a: Row, b: Row): number {
    for (const { column, order } of this.#schema.clusteringKey) {
      const c = cmp(a[column]!, b[column]!);
      if (c !== 0) return order === 'desc' ? -c : c;
    }
    return 0;
  }

  /** First index whose row is not before `row` in clustering order (binary search). */
  #lowerBound(rows: Row[], before: (r: Row) => boolean): number {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(rows[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * CQL `INSERT`: an upsert. Every primary key column is required; the other columns given
   * overwrite the stored ones, and columns not given keep their values.
   */
  insert(row: Row): void {
    for (const { column } of this.#schema.clusteringKey) {
      if (row[column] === undefined) throw new Error(`Missing clustering column ${column}`);
    }
    const id = this.#partitionId(row);
    const rows = this.#partitions.get(id) ?? [];
    this.#partitions.set(id, rows);
    const at = this.#lowerBound(rows, (r) => this.#compare(r, row) < 0);
    if (at < rows.length && this.#compare(rows[at]!, row) === 0) rows[at] = { ...rows[at], ...row };
    else rows.splice(at, 0, { ...row });
  }

  /**
   * CQL `DELETE`: with the whole primary key, that row; with the partition key only, the whole
   * partition.
   */
  delete(key: Row): void {
    const id = this.#partitionId(key);
    const rows = this.#partitions.get(id);
    if (!rows) return;
    const given = this.#schema.clusteringKey.filter((c) => key[c.column] !== undefined).length;
    if (given === 0) {
      this.#partitions.delete(id);
      return;
    }
    if (given !== this.#schema.clusteringKey.length) throw new Error('Give every clustering column, or none');
    const at = this.#lowerBound(rows, (r) => this.#compare(r, key) < 0);
    if (at < rows.length && this.#compare(rows[at]!, key) === 0) rows.splice(at, 1);
    if (rows.length === 0) this.#partitions.delete(id);
  }

  /** Number of non-empty partitions. */
  get partitionCount(): number {
    return this.#partitions.size;
  }

  /**
   * CQL `SELECT ... WHERE <partition key> = ... [AND <clustering prefix> = ...] [AND <next column>
   * range] [ORDER BY ... DESC] LIMIT n`: copies of the rows of one partition, in clustering order.
   * Throws, as Cassandra does, when the partition key is incomplete, the equalities are not a
   * prefix of the clustering columns, or the range is not on the column right after them.
   */
  select(partition: Row, query: SliceQuery = {}): Row[] {
    const id = this.#partitionId(partition);
    const clustering = this.#schema.clusteringKey.map((c) => c.column);
    const eqCols = Object.keys(query.eq ?? {});
    eqCols.forEach((c) => {
      const i = clustering.indexOf(c);
      if (i < 0) throw new Error(`Equality on ${c} must be on a prefix of the clustering columns`);
    });
    const range = query.range;
    if (range && !clustering.includes(range.column)) {
      throw new Error(`A range is only allowed on ${clustering[eqCols.length] ?? 'no column'} here, not on ${range.column}`);
    }
    const rows = this.#partitions.get(id) ?? [];
    let out = rows.filter((r) => {
      for (const c of eqCols) if (cmp(r[c]!, query.eq![c]!) !== 0) return false;
      if (range) {
        const v = r[range.column]!;
        if (range.gt !== undefined && !(cmp(v, range.gt) > 0)) return false;
        if (range.gte !== undefined && !(cmp(v, range.gte) >= 0)) return false;
        if (range.lt !== undefined && !(cmp(v, range.lt) < 0)) return false;
        if (range.lte !== undefined && !(cmp(v, range.lte) <= 0)) return false;
      }
      return true;
    });
    if (query.reverse) out = [...out].reverse();
    if (query.limit !== undefined) out = out.slice(0, query.limit);
    return out.map((r) => ({ ...r }));
  }
}
