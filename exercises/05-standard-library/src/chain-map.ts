import { todo } from '@roadmap/todo';
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
    // TODO: keep the maps themselves (not copies); with none, start from one empty Map.
    this.maps = maps;
    todo('ChainMap');
  }

  /** Python: `cm.get(key)`: the value from the first map that has the key. */
  get(key: K): V | undefined {
    // TODO
    return todo('ChainMap.get');
  }

  /** Python: `key in cm`. */
  has(key: K): boolean {
    // TODO
    return todo('ChainMap.has');
  }

  /** Python: `cm[key] = value`: always writes to `maps[0]`. */
  set(key: K, value: V): this {
    // TODO
    return todo('ChainMap.set');
  }

  /** Python: `del cm[key]`: deletes from `maps[0]` only; `KeyError` when `maps[0]` lacks the key (even if a later map has it). */
  delete(key: K): void {
    // TODO
    todo('ChainMap.delete');
  }

  /** Python: `cm.clear()`: empties `maps[0]` only. */
  clear(): void {
    // TODO
    todo('ChainMap.clear');
  }

  /** Python: `len(cm)`: the number of distinct keys over all maps. */
  get size(): number {
    // TODO
    return todo('ChainMap.size');
  }

  /** Python: `iter(cm)`: keys ordered as if the maps were merged from the last one to the first. */
  *keys(): Generator<K, void, undefined> {
    // TODO: Python merges the maps into a dict starting from the LAST map; a key keeps the
    // position where it first appears in that merge.
    return todo('ChainMap.keys');
  }

  /** `[key, value]` pairs in `keys()` order, each value from the first map that has the key. */
  *entries(): Generator<[K, V], void, undefined> {
    // TODO
    return todo('ChainMap.entries');
  }

  [Symbol.iterator](): Generator<[K, V], void, undefined> {
    // TODO: the same as entries().
    return todo('ChainMap[Symbol.iterator]');
  }

  /** Python: `cm.new_child(m=None)`: a ChainMap with `m` (or a new empty map) in front of the same maps. */
  newChild(map?: Map<K, V>): ChainMap<K, V> {
    // TODO
    return todo('ChainMap.newChild');
  }

  /** Python: `cm.parents`: a ChainMap of every map but the first. */
  get parents(): ChainMap<K, V> {
    // TODO
    return todo('ChainMap.parents');
  }

  /** Python: `dict(cm)`: a flattened copy, in `keys()` order. */
  toMap(): Map<K, V> {
    // TODO
    return todo('ChainMap.toMap');
  }
}
