import { todo } from '@roadmap/todo';

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
  constructor(schema: TableSchema) {
    // TODO: keep the schema and a Map from partition id (e.g. JSON of the partition key values) to sorted rows.
    todo('WideColumnTable');
  }

  /**
   * CQL `INSERT`: an upsert. Every primary key column is required; the other columns given
   * overwrite the stored ones, and columns not given keep their values.
   */
  insert(row: Row): void {
    // TODO: find the row's place by binary search in clustering order; merge on an equal key, else insert.
    return todo('WideColumnTable.insert');
  }

  /**
   * CQL `DELETE`: with the whole primary key, that row; with the partition key only, the whole
   * partition.
   */
  delete(key: Row): void {
    // TODO: drop the row, or the whole partition; forget partitions that become empty.
    return todo('WideColumnTable.delete');
  }

  /** Number of non-empty partitions. */
  get partitionCount(): number {
    return todo('WideColumnTable.partitionCount');
  }

  /**
   * CQL `SELECT ... WHERE <partition key> = ... [AND <clustering prefix> = ...] [AND <next column>
   * range] [ORDER BY ... DESC] LIMIT n`: copies of the rows of one partition, in clustering order.
   * Throws, as Cassandra does, when the partition key is incomplete, the equalities are not a
   * prefix of the clustering columns, or the range is not on the column right after them.
   */
  select(partition: Row, query: SliceQuery = {}): Row[] {
    // TODO: validate, take the partition's rows that satisfy eq and range, reverse if asked, then limit; return copies.
    return todo('WideColumnTable.select');
  }
}
