// Mistake: get returns a fresh default for a missing key but never stores it, so d.get(k).push(x) is lost.
export class DefaultMap<K, V> extends Map<K, V> {
  readonly factory: (key: K) => V;

  constructor(factory: (key: K) => V, entries?: Iterable<readonly [K, V]> | null) {
    super(entries);
    this.factory = factory;
  }

  override get(key: K): V {
    return super.has(key) ? (super.get(key) as V) : this.factory(key);
  }

  peek(key: K): V | undefined {
    return super.get(key);
  }
}
