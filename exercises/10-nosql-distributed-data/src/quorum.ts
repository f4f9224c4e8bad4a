import { todo } from '@roadmap/todo';
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

/**
 * True when every read quorum of r replicas overlaps every write quorum of w replicas out of n,
 * so a read always meets at least one replica holding the latest acknowledged write.
 * Throws a RangeError unless n >= 1 and r, w are integers in [1, n].
 *
 * Python: `def is_strong(n, r, w): return ...`
 */
export function isStrong(n: number, r: number, w: number): boolean {
  // TODO: validate the levels, then decide when two sets of sizes r and w out of n must share a replica.
  return todo('isStrong');
}

/**
 * The smallest quorum q such that any two quorums of size q overlap: Cassandra's QUORUM level,
 * `n // 2 + 1` in Python. Throws a RangeError unless n is an integer >= 1.
 */
export function majority(n: number): number {
  // TODO: validate n; the smallest q with q + q > n.
  return todo('majority');
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

  /** Throws a RangeError for levels isStrong would reject. */
  constructor(options: QuorumOptions) {
    // TODO: validate and keep n, r, w; one Map<string, Versioned<V>> per replica; a version counter at 0.
    this.n = options.n;
    this.r = options.r;
    this.w = options.w;
    todo('QuorumCluster');
  }

  /**
   * Stores `value` under `key` on every reachable replica with the next version (1, 2, 3, ... over
   * the whole cluster, counting successful writes only) and returns that version. Throws a
   * QuorumError, writing nothing, when fewer than w distinct replicas are reachable.
   */
  write(key: string, value: V, reachable: readonly number[]): number {
    // TODO: RangeError for an unknown replica id; count distinct ids; QuorumError before writing if too few.
    return todo('QuorumCluster.write');
  }

  /**
   * Asks every reachable replica for `key` and returns the value with the highest version among
   * the answers (undefined when none of them holds the key). Read repair: each asked replica whose
   * version is older, or that has no value, is given the newest one. Throws a QuorumError, changing
   * nothing, when fewer than r distinct replicas are reachable.
   */
  read(key: string, reachable: readonly number[]): V | undefined {
    // TODO: check the quorum; pick the highest version among the asked replicas; repair the stale ones you asked.
    return todo('QuorumCluster.read');
  }

  /** A copy of what replica `i` holds for `key`, or undefined. RangeError for an unknown replica. */
  replica(i: number, key: string): Versioned<V> | undefined {
    return todo('QuorumCluster.replica');
  }
}
