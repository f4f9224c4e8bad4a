import { todo } from '@roadmap/todo';

/*
 * State-based CRDTs (conflict-free replicated data types): every replica changes its own copy,
 * and any two copies merge into one that contains both histories. Because merge is commutative,
 * associative and idempotent, replicas that have seen the same updates agree, whatever the order
 * and however often they synced (Riak, Redis Enterprise, Automerge).
 *
 * Each class: operations on the local replica mutate it; `merge(other)` returns a new object for
 * this replica and changes neither operand; `state()` returns a plain, canonical copy.
 *
 * Python has no built-in CRDTs; a G-Counter is essentially
 *     merged = {r: max(a.get(r, 0), b.get(r, 0)) for r in a.keys() | b.keys()}
 */

/** Grow-only counter: one count per replica; the value is their sum; merge takes the maxima. */
export class GCounter {
  constructor(
    readonly replica: string,
    counts: Readonly<Record<string, number>> = {},
  ) {
    // TODO: keep a copy of the counts.
    todo('GCounter');
  }

  /** Adds n (>= 0, else throws) to this replica's count. */
  increment(n = 1): void {
    return todo('GCounter.increment');
  }

  get value(): number {
    return todo('GCounter.value');
  }

  merge(other: GCounter): GCounter {
    // TODO: the maximum per replica, in a new GCounter for this.replica.
    return todo('GCounter.merge');
  }

  /** Per-replica counts (zero entries left out, keys sorted). */
  state(): Record<string, number> {
    return todo('GCounter.state');
  }
}

/** Counter with decrements: two G-Counters, one of increments (p) and one of decrements (n). */
export class PNCounter {
  constructor(
    readonly replica: string,
    state: { p?: Readonly<Record<string, number>>; n?: Readonly<Record<string, number>> } = {},
  ) {
    // TODO: two GCounters.
    todo('PNCounter');
  }

  increment(n = 1): void {
    return todo('PNCounter.increment');
  }

  decrement(n = 1): void {
    return todo('PNCounter.decrement');
  }

  get value(): number {
    return todo('PNCounter.value');
  }

  merge(other: PNCounter): PNCounter {
    return todo('PNCounter.merge');
  }

  state(): { p: Record<string, number>; n: Record<string, number> } {
    return todo('PNCounter.state');
  }
}

/** The state of a last-writer-wins register: the value, its timestamp and the replica that wrote it. */
export interface LwwState<T> {
  value: T | undefined;
  timestamp: number;
  writer: string;
}

/**
 * Last-writer-wins register: the write with the greater timestamp wins; equal timestamps are
 * broken by the greater writer id, so every replica picks the same winner.
 */
export class LWWRegister<T> {
  constructor(
    readonly replica: string,
    state: LwwState<T> = { value: undefined, timestamp: -Infinity, writer: '' },
  ) {
    // TODO: keep a copy of the state.
    todo('LWWRegister');
  }

  /** Writes `value` at `timestamp` (a clock reading supplied by the caller), if it is newer. */
  set(value: T, timestamp: number): void {
    return todo('LWWRegister.set');
  }

  get value(): T | undefined {
    return todo('LWWRegister.value');
  }

  merge(other: LWWRegister<T>): LWWRegister<T> {
    return todo('LWWRegister.merge');
  }

  state(): LwwState<T> {
    return todo('LWWRegister.state');
  }
}

/** The state of an observed-remove set: every (element, unique tag) added, and the tags removed. */
export interface OrSetState {
  adds: [element: string, tag: string][];
  removed: string[];
}

/**
 * Observed-remove set (add wins): `add` attaches a fresh unique tag to the element; `remove`
 * deletes the tags this replica has seen for it. An add concurrent with a remove carries a tag the
 * remove never saw, so after merging the element is present.
 */
export class ORSet {
  constructor(
    readonly replica: string,
    state: OrSetState = { adds: [], removed: [] },
  ) {
    // TODO: load the tags; new tags `${replica}:${n}` must not repeat this replica's existing ones.
    todo('ORSet');
  }

  add(element: string): void {
    return todo('ORSet.add');
  }

  /** Removes the element as observed here: tags added later, or elsewhere concurrently, survive. */
  remove(element: string): void {
    return todo('ORSet.remove');
  }

  has(element: string): boolean {
    return todo('ORSet.has');
  }

  /** The elements present, sorted. */
  values(): string[] {
    return todo('ORSet.values');
  }

  merge(other: ORSet): ORSet {
    // TODO: union of the adds and of the removed tags.
    return todo('ORSet.merge');
  }

  /** Adds sorted by tag, removed tags sorted. */
  state(): OrSetState {
    return todo('ORSet.state');
  }
}
