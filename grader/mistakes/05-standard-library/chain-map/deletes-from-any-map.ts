// Mistake: delete removes the key from whichever map holds it, instead of only from the first map.
import { KeyError } from './_errors.ts';

/**
 * Python: `collections.ChainMap`: one view over a list of maps, searched front to back.
 *
 * ```python
 * settings = ChainMap(cli_args, os.environ, defaults)
 * settings['user']          # the first map that has 'user' wins
 * settings['debug'] = 'yes' # writes (and deletes) touch only maps[0]
 * child = settings.new_child()   # a new empty scope in front
 * list(settings)            # keys: the last map's first, then each earlier map's new ones
 * ```
 *
 * ```ts
 * const settings = new ChainMap(cliArgs, env, defaults);
 * settings.get('user');
 * settings.set('debug', 'yes');
 * const child = settings.newChild();
 * [...settings.keys()];
 * ```
 *
 * It is a live view: changing one of the underlying maps shows through at once.
 */
export class ChainMap<K, V> implements Iterable<[K, V]> {
  /** Python: `cm.maps`: the underlying maps, searched in this order (never empty). */
  readonly maps: Map<K, V>[];

  constructor(...maps: Map<K, V>[]) {
    this.maps = maps.length > 0 ? maps : [new Map<K, V>()];
  }

  /** Python: `cm.get(key)`: the value from the first map that has the key. */
  get(key: K): V | undefined {
    for (const m of this.maps) if (m.has(key)) return m.get(key);
    return undefined;
  }

  /** Python: `key in cm`. */
  has(key: K): boolean {
    return this.maps.some((m) => m.has(key));
  }

  /** Python: `cm[key] = value`: always writes to `maps[0]`. */
  set(key: K, value: V): this {
    this.maps[0]!.set(key, value);
    return this;
  }

  /** Python: `del cm[key]`: deletes from `maps[0]` only; `KeyError` when `maps[0]` lacks the key (even if a later map has it). */
  delete(key: K): void {
    const owner = this.maps.find((m) => m.has(key));
    if (!owner) throw new KeyError(String(key));
    owner.delete(key);
  }

  /** Python: `cm.clear()`: empties `maps[0]` only. */
  clear(): void {
    this.maps[0]!.clear();
  }

  /** Python: `len(cm)`: the number of distinct keys over all maps. */
  get size(): number {
    return new Set(this.maps.flatMap((m) => [...m.keys()])).size;
  }

  /** Python: `iter(cm)`: keys ordered as if the maps were merged from the last one to the first. */
  *keys(): Generator<K, void, undefined> {
    // Python builds {} and updates it with the maps in reverse, so the last map's keys come
    // first and a key keeps the position of its first appearance in that merge.
    const seen = new Set<K>();
    for (let i = this.maps.length - 1; i >= 0; i--) {
      for (const k of this.maps[i]!.keys()) seen.add(k);
    }
    yield* seen;
  }

  /** `[key, value]` pairs in `keys()` order, each value from the first map that has the key. */
  *entries(): Generator<[K, V], void, undefined> {
    for (const k of this.keys()) yield [k, this.get(k) as V];
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    return this.entries();
  }

  /** Python: `cm.new_child(m=None)`: a ChainMap with `m` (or a new empty map) in front of the same maps. */
  newChild(map?: Map<K, V>): ChainMap<K, V> {
    return new ChainMap(map ?? new Map<K, V>(), ...this.maps);
  }

  /** Python: `cm.parents`: a ChainMap of every map but the first. */
  get parents(): ChainMap<K, V> {
    return new ChainMap(...this.maps.slice(1));
  }

  /** Python: `dict(cm)`: a flattened copy, in `keys()` order. */
  toMap(): Map<K, V> {
    return new Map(this.entries());
  }
}
