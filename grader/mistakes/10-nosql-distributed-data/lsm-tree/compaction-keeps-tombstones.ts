// Mistake: keeps tombstones after a full compaction, where nothing older is left for them to hide.
/** One entry of a sorted string table: a value, or a tombstone recording a delete. */
export type SSTableEntry<V> = { key: string; value: V } | { key: string; tombstone: true };

export interface LsmOptions {
  /** Flush the memtable when it holds this many keys. Default 4. */
  memtableLimit?: number;
  /** Compact all tables into one when a flush leaves more than this many. Default 4. */
  maxTables?: number;
}

const TOMBSTONE = Symbol('tombstone');
type Slot<V> = V | typeof TOMBSTONE;

/**
 * A log-structured merge tree, the storage engine of Cassandra, RocksDB and LevelDB:
 * writes go to an in-memory memtable; a full memtable is flushed as an immutable sorted table
 * (SSTable); reads look at the memtable, then the tables from newest to oldest; a delete writes a
 * tombstone that hides older values until compaction merges the tables and drops it.
 *
 * Python: no standard equivalent; think `dict` for the memtable and a list of sorted lists.
 */
export class LsmTree<V> {
  readonly #memtableLimit: number;
  readonly #maxTables: number;
  #memtable = new Map<string, Slot<V>>();
  /** Newest first. */
  #tables: SSTableEntry<V>[][] = [];

  constructor(options: LsmOptions = {}) {
    this.#memtableLimit = options.memtableLimit ?? 4;
    this.#maxTables = options.maxTables ?? 4;
    if (!(this.#memtableLimit >= 1) || !(this.#maxTables >= 1)) throw new RangeError('memtableLimit and maxTables must be at least 1');
  }

  get memtableSize(): number {
    return this.#memtable.size;
  }

  /** The SSTables, newest first; each is sorted by key with no key twice. */
  get tables(): readonly (readonly SSTableEntry<V>[])[] {
    return this.#tables.map((t) => t.map((e) => ({ ...e })));
  }

  #write(key: string, slot: Slot<V>): void {
    this.#memtable.set(key, slot);
    if (this.#memtable.size >= this.#memtableLimit) this.flush();
  }

  put(key: string, value: V): void {
    this.#write(key, value);
  }

  /** Records a tombstone: the key reads as absent even though older tables still hold a value. */
  delete(key: string): void {
    this.#write(key, TOMBSTONE);
  }

  /** The newest value of `key`, or undefined when it was never written or was deleted last. */
  get(key: string): V | undefined {
    if (this.#memtable.has(key)) {
      const v = this.#memtable.get(key)!;
      return v === TOMBSTONE ? undefined : v;
    }
    for (const table of this.#tables) {
      // Binary search: tables are sorted by key.
      let lo = 0;
      let hi = table.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (table[mid]!.key < key) lo = mid + 1;
        else hi = mid;
      }
      const e = table[lo];
      if (e && e.key === key) return 'tombstone' in e ? undefined : e.value;
    }
    return undefined;
  }

  /** Live `[key, value]` pairs with start <= key < end (either bound optional), sorted by key. */
  scan(start?: string, end?: string): [string, V][] {
    const newest = new Map<string, Slot<V>>();
    // Oldest first, so newer writes overwrite older ones.
    for (const table of [...this.#tables].reverse()) for (const e of table) newest.set(e.key, 'tombstone' in e ? TOMBSTONE : e.value);
    for (const [k, v] of this.#memtable) newest.set(k, v);
    return [...newest]
      .filter(([k, v]) => v !== TOMBSTONE && (start === undefined || k >= start) && (end === undefined || k < end))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) as [string, V][];
  }

  /** Writes the memtable out as the newest SSTable (nothing when it is empty), then compacts if needed. */
  flush(): void {
    if (this.#memtable.size === 0) return;
    const table: SSTableEntry<V>[] = [...this.#memtable]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, v]) => (v === TOMBSTONE ? { key, tombstone: true as const } : { key, value: v }));
    this.#tables.unshift(table);
    this.#memtable = new Map();
    if (this.#tables.length > this.#maxTables) this.compact();
  }

  /**
   * Merges every SSTable into one: for each key the newest entry wins, and tombstones are dropped
   * (nothing older is left for them to hide). The memtable is not touched.
   */
  compact(): void {
    const merged = new Map<string, SSTableEntry<V>>();
    for (const table of this.#tables) for (const e of table) if (!merged.has(e.key)) merged.set(e.key, e);
    const live = [...merged.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.#tables = live.length > 0 ? [live] : [];
  }
}
