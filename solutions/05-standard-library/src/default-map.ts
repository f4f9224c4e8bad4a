/**
 * Python: `collections.defaultdict`: a dict that fills a missing key with `default_factory()`.
 *
 * ```python
 * groups = defaultdict(list)
 * for w in words:
 *     groups[w[0]].append(w)      # d[k] on a missing key inserts list() first
 * groups.get('z')                 # None: .get() never inserts
 * ```
 *
 * ```ts
 * const groups = new DefaultMap<string, string[]>(() => []);
 * for (const w of words) groups.get(w[0]).push(w);   // get() inserts the default
 * groups.peek('z');                                  // undefined: peek() never inserts
 * ```
 *
 * It is a real `Map` (`instanceof Map`, `size`, `has`, `set`, `delete`, iteration order).
 */
export class DefaultMap<K, V> extends Map<K, V> {
  /** Python: `d.default_factory`. Called once per missing key, so every key gets its own fresh value. */
  readonly factory: (key: K) => V;

  constructor(factory: (key: K) => V, entries?: Iterable<readonly [K, V]> | null) {
    // Map's constructor calls this.set for the entries; set is not overridden, so that is safe.
    super(entries);
    this.factory = factory;
  }

  /** Python: `d[key]`: the value, inserting `factory(key)` first when the key is missing. */
  override get(key: K): V {
    if (super.has(key)) return super.get(key) as V;
    const value = this.factory(key);
    super.set(key, value);
    return value;
  }

  /** Python: `d.get(key)`: the value or `undefined`, never inserting. */
  peek(key: K): V | undefined {
    return super.get(key);
  }
}
