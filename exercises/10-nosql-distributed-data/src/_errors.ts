/**
 * Support file (the same in exercises/ and solutions/): the error a coordinator raises when it
 * cannot reach enough replicas for the requested consistency level, before it reads or writes
 * anything. Python: cassandra-driver raises `cassandra.Unavailable` in the same situation.
 */
export class QuorumError extends Error {
  override readonly name = 'QuorumError';
  constructor(
    /** Replicas the operation needs (r for a read, w for a write). */
    readonly required: number,
    /** Distinct replicas that were reachable. */
    readonly alive: number,
  ) {
    super(`quorum not reached: ${required} replicas required, ${alive} alive`);
  }
}
