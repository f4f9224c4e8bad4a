import { todo } from '@roadmap/todo';

/** One entry of a sorted string table: a value, or a tombstone recording a delete. */
export type SSTableEntry<V> = { key: string; value: V } | { key: string; tombstone: true };

export interface LsmOptions {
  /** Flush the memtable when it holds this many keys. Default 4. */
  memtableLimit?: number;
  /** Compact all tables into one when a flush leaves more than this many. Default 4. */
  maxTables?: number;
}

/**
 * A log-structured merge tree, the storage engine of Cassandra, RocksDB and LevelDB:
 * writes go to an in-memory memtable; a full memtable is flushed as an immutable sorted table
 * (SSTable); reads look at the memtable, then the tables from newest to oldest; a delete writes a
 * tombstone that hides older values until compaction merges the tables and drops it.
 *
 * Python: no standard equivalent; think `dict` for the memtable and a list of sorted lists.
 */
export class LsmTree<V> {
  constructor(options: LsmOptions = {}) {
    // TODO: keep the limits (default 4 and 4), an empty memtable and an empty list of tables (newest first).
    todo('LsmTree');
  }

  get memtableSize(): number {
    return todo('LsmTree.memtableSize');
  }

  /** The SSTables, newest first; each is sorted by key with no key twice. */
  get tables(): readonly (readonly SSTableEntry<V>[])[] {
    return todo('LsmTree.tables');
  }

  put(key: string, value: V): void {
    // TODO: write to the memtable; flush when it reaches memtableLimit keys.
    return todo('LsmTree.put');
  }

  /** Records a tombstone: the key reads as absent even though older tables still hold a value. */
  delete(key: string): void {
    // TODO: write a tombstone (not a removal) to the memtable; flush when full.
    return todo('LsmTree.delete');
  }

  /** The newest value of `key`, or undefined when it was never written or was deleted last. */
  get(key: string): V | undefined {
    // TODO: memtable first, then tables newest to oldest; the first entry found decides.
    return todo('LsmTree.get');
  }

  /** Live `[key, value]` pairs with start <= key < end (either bound optional), sorted by key. */
  scan(start?: string, end?: string): [string, V][] {
    // TODO: merge oldest to newest so newer entries win, drop tombstones, filter, sort.
    return todo('LsmTree.scan');
  }

  /** Writes the memtable out as the newest SSTable (nothing when it is empty), then compacts if needed. */
  flush(): void {
    // TODO: sort the memtable by key into a new first table, clear it, compact if there are more than maxTables tables.
    return todo('LsmTree.flush');
  }

  /**
   * Merges every SSTable into one: for each key the newest entry wins, and tombstones are dropped
   * (nothing older is left for them to hide). The memtable is not touched.
   */
  compact(): void {
    // TODO: newest entry per key across the tables, tombstones dropped, one sorted table (or none).
    return todo('LsmTree.compact');
  }
}
