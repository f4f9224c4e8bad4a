// Mistake: removes an element by name (every tag, even ones added later or elsewhere), so removes win over concurrent adds.
/*
 * State-based CRDTs (conflict-free replicated data types): every replica changes its own copy,
 * and any two copies merge into one that contains both histories. Because merge is commutative,
 * associative and idempotent, replicas that have seen the same updates agree, whatever the order
 * and however often they synced (Riak, Redis Enterprise, Automerge).
 *
 * Each class: operations on the local replica mutate it; `merge(other)` returns a new object for
 * this replica and changes neither operand; `state()` returns a plain, canonical copy.
 */

const sortedRecord = (r: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(r)
      .filter(([, v]) => v !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );

/** Grow-only counter: one count per replica; the value is their sum; merge takes the maxima. */
export class GCounter {
  #counts: Record<string, number>;

  constructor(
    readonly replica: string,
    counts: Readonly<Record<string, number>> = {},
  ) {
    this.#counts = { ...counts };
  }

  increment(n = 1): void {
    if (!(n >= 0)) throw new RangeError('A G-Counter only grows: n must be >= 0');
    this.#counts[this.replica] = (this.#counts[this.replica] ?? 0) + n;
  }

  get value(): number {
    return Object.values(this.#counts).reduce((s, v) => s + v, 0);
  }

  merge(other: GCounter): GCounter {
    const out: Record<string, number> = { ...this.#counts };
    for (const [r, v] of Object.entries(other.state())) out[r] = Math.max(out[r] ?? 0, v);
    return new GCounter(this.replica, out);
  }

  /** Per-replica counts (zero entries left out, keys sorted). */
  state(): Record<string, number> {
    return sortedRecord(this.#counts);
  }
}

/** Counter with decrements: two G-Counters, one of increments (p) and one of decrements (n). */
export class PNCounter {
  #p: GCounter;
  #n: GCounter;

  constructor(
    readonly replica: string,
    state: { p?: Readonly<Record<string, number>>; n?: Readonly<Record<string, number>> } = {},
  ) {
    this.#p = new GCounter(replica, state.p);
    this.#n = new GCounter(replica, state.n);
  }

  increment(n = 1): void {
    this.#p.increment(n);
  }

  decrement(n = 1): void {
    this.#n.increment(n);
  }

  get value(): number {
    return this.#p.value - this.#n.value;
  }

  merge(other: PNCounter): PNCounter {
    const o = other.state();
    return new PNCounter(this.replica, {
      p: this.#p.merge(new GCounter(other.replica, o.p)).state(),
      n: this.#n.merge(new GCounter(other.replica, o.n)).state(),
    });
  }

  state(): { p: Record<string, number>; n: Record<string, number> } {
    return { p: this.#p.state(), n: this.#n.state() };
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
  #state: LwwState<T>;

  constructor(
    readonly replica: string,
    state: LwwState<T> = { value: undefined, timestamp: -Infinity, writer: '' },
  ) {
    this.#state = { ...state };
  }

  /** Writes `value` at `timestamp` (a clock reading supplied by the caller), if it is newer. */
  set(value: T, timestamp: number): void {
    const candidate = { value, timestamp, writer: this.replica };
    if (LWWRegister.#newer(candidate, this.#state)) this.#state = candidate;
  }

  static #newer<T>(a: LwwState<T>, b: LwwState<T>): boolean {
    return a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.writer > b.writer);
  }

  get value(): T | undefined {
    return this.#state.value;
  }

  merge(other: LWWRegister<T>): LWWRegister<T> {
    const o = other.state();
    return new LWWRegister(this.replica, LWWRegister.#newer(o, this.#state) ? o : this.#state);
  }

  state(): LwwState<T> {
    return { ...this.#state };
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
  #adds = new Map<string, string>(); // tag -> element
  #removed = new Set<string>();
  #counter = 0;

  constructor(
    readonly replica: string,
    state: OrSetState = { adds: [], removed: [] },
  ) {
    for (const [element, tag] of state.adds) this.#adds.set(tag, element);
    for (const tag of state.removed) this.#removed.add(tag);
    // Continue after this replica's own tags, so a new tag never repeats an old (maybe removed) one.
    for (const tag of this.#adds.keys()) {
      const [owner, n] = [tag.slice(0, tag.lastIndexOf(':')), Number(tag.slice(tag.lastIndexOf(':') + 1))];
      if (owner === replica && n > this.#counter) this.#counter = n;
    }
  }

  add(element: string): void {
    this.#counter++;
    this.#adds.set(`${this.replica}:${this.#counter}`, element);
  }

  /** Removes the element as observed here: tags added later, or elsewhere concurrently, survive. */
  remove(element: string): void {
    this.#removed.add(`element:${element}`);
  }

  has(element: string): boolean {
    if (this.#removed.has(`element:${element}`)) return false;
    for (const e of this.#adds.values()) if (e === element) return true;
    return false;
  }

  /** The elements present, sorted. */
  values(): string[] {
    const out = new Set<string>();
    for (const e of this.#adds.values()) if (!this.#removed.has(`element:${e}`)) out.add(e);
    return [...out].sort();
  }

  merge(other: ORSet): ORSet {
    const o = other.state();
    const mine = this.state();
    const adds = new Map<string, string>(mine.adds.map(([e, t]) => [t, e]));
    for (const [e, t] of o.adds) adds.set(t, e);
    return new ORSet(this.replica, {
      adds: [...adds].map(([t, e]) => [e, t]),
      removed: [...new Set([...mine.removed, ...o.removed])],
    });
  }

  /** Adds sorted by tag, removed tags sorted. */
  state(): OrSetState {
    return {
      adds: [...this.#adds].map(([t, e]): [string, string] => [e, t]).sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)),
      removed: [...this.#removed].sort(),
    };
  }
}
