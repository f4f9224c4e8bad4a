// Mistake: calls the factory once up front and hands the same default object to every missing key.
export class DefaultMap<K, V> extends Map<K, V> {
  readonly factory: (key: K) => V;
  #fallback: V | undefined;

  constructor(factory: (key: K) => V, entries?: Iterable<readonly [K, V]> | null) {
    super(entries);
    this.factory = factory;
  }

  override get(key: K): V {
    if (super.has(key)) return super.get(key) as V;
    this.#fallback ??= this.factory(key);
    super.set(key, this.#fallback);
    return this.#fallback;
  }

  peek(key: K): V | undefined {
    return super.get(key);
  }
}
