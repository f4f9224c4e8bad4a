// Mistake: counts a replica named twice as two acknowledgements.
import { QuorumError } from './_errors.ts';

export { QuorumError };

/*
 * Quorum replication (Dynamo, Cassandra, Riak): every key lives on n replicas. A write waits for w
 * acknowledgements, a read for r answers. Cassandra's consistency levels name the numbers:
 *
 *     from cassandra import ConsistencyLevel
 *     SimpleStatement("SELECT ...", consistency_level=ConsistencyLevel.QUORUM)   # r = n // 2 + 1
 *
 * Here the "network" is explicit: each call says which replicas it can reach.
 */

/** Throws a RangeError unless n >= 1 and r and w are integers in [1, n]. */
function checkLevels(n: number, r: number, w: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  for (const [name, v] of [['r', r], ['w', w]] as const) {
    if (!Number.isInteger(v) || v < 1 || v > n) throw new RangeError(`${name} must be an integer in [1, ${n}], got ${v}`);
  }
}

/**
 * True when every read quorum of r replicas overlaps every write quorum of w replicas out of n,
 * so a read always meets at least one replica holding the latest acknowledged write.
 * Throws a RangeError unless n >= 1 and r, w are integers in [1, n].
 *
 * Python: `def is_strong(n, r, w): return r + w > n`
 */
export function isStrong(n: number, r: number, w: number): boolean {
  checkLevels(n, r, w);
  // Pigeonhole: r + w > n slots cannot be filled from n replicas without sharing one; with
  // r + w == n the read can take exactly the replicas the write skipped.
  return r + w > n;
}

/**
 * The smallest quorum q such that any two quorums of size q overlap: Cassandra's QUORUM level,
 * `n // 2 + 1` in Python. Throws a RangeError unless n is an integer >= 1.
 */
export function majority(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`);
  // Not Math.ceil(n / 2): for n = 4 two quorums of 2 can be disjoint.
  return Math.floor(n / 2) + 1;
}

/** What one replica stores for a key: the value and the version of the write that produced it. */
export interface Versioned<V> {
  value: V;
  version: number;
}

export interface QuorumOptions {
  /** Replicas per key. */
  n: number;
  /** Answers a read waits for. */
  r: number;
  /** Acknowledgements a write waits for. */
  w: number;
}

/**
 * A simulated replica set with quorum reads and writes and read repair. Replicas are numbered
 * 0 .. n-1; each call names the replicas it can reach (duplicates count once).
 */
export class QuorumCluster<V> {
  readonly n: number;
  readonly r: number;
  readonly w: number;
  /** One key -> versioned value map per replica. */
  readonly #replicas: Map<string, Versioned<V>>[];
  #lastVersion = 0;

  /** Throws a RangeError for levels isStrong would reject. */
  constructor(options: QuorumOptions) {
    checkLevels(options.n, options.r, options.w);
    this.n = options.n;
    this.r = options.r;
    this.w = options.w;
    this.#replicas = Array.from({ length: this.n }, () => new Map());
  }

  /** The distinct replica ids in `reachable`, in first-seen order; RangeError for an unknown id. */
  #distinct(reachable: readonly number[]): number[] {
    for (const i of reachable) {
      if (!Number.isInteger(i) || i < 0 || i >= this.n) throw new RangeError(`no replica ${i} (replicas are 0..${this.n - 1})`);
    }
    return [...reachable];
  }

  /**
   * Stores `value` under `key` on every reachable replica with the next version (1, 2, 3, ... over
   * the whole cluster, counting successful writes only) and returns that version. Throws a
   * QuorumError, writing nothing, when fewer than w distinct replicas are reachable.
   */
  write(key: string, value: V, reachable: readonly number[]): number {
    const targets = this.#distinct(reachable);
    // Check availability first, as a coordinator does: a refused write leaves no trace.
    if (targets.length < this.w) throw new QuorumError(this.w, targets.length);
    const version = ++this.#lastVersion;
    for (const i of targets) this.#replicas[i]!.set(key, { value, version });
    return version;
  }

  /**
   * Asks every reachable replica for `key` and returns the value with the highest version among
   * the answers (undefined when none of them holds the key). Read repair: each asked replica whose
   * version is older, or that has no value, is given the newest one. Throws a QuorumError, changing
   * nothing, when fewer than r distinct replicas are reachable.
   */
  read(key: string, reachable: readonly number[]): V | undefined {
    const asked = this.#distinct(reachable);
    if (asked.length < this.r) throw new QuorumError(this.r, asked.length);
    let newest: Versioned<V> | undefined;
    for (const i of asked) {
      const held = this.#replicas[i]!.get(key);
      // The highest version wins, not the first answer: replicas answer in any order.
      if (held && (!newest || held.version > newest.version)) newest = held;
    }
    if (!newest) return undefined;
    // Repair only the replicas that answered: the others were unreachable.
    for (const i of asked) {
      const held = this.#replicas[i]!.get(key);
      if (!held || held.version < newest.version) this.#replicas[i]!.set(key, { ...newest });
    }
    return newest.value;
  }

  /** A copy of what replica `i` holds for `key`, or undefined. RangeError for an unknown replica. */
  replica(i: number, key: string): Versioned<V> | undefined {
    const [id] = this.#distinct([i]);
    const held = this.#replicas[id!]!.get(key);
    return held && { ...held };
  }
}
