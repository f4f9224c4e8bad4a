// Mistake: a hit does not refresh the entry, so eviction is first-in first-out instead of least recently used.
export interface MemoizeOptions<Args extends unknown[]> {
  /**
   * Turns a call's arguments into its cache key. Default: `JSON.stringify(args)`, so `f(1, 2)`
   * and `f(2, 1)` are different entries and `f(1)` and `f('1')` are too.
   */
  key?: (...args: Args) => unknown;
  /**
   * Keep at most this many results, evicting the least recently used one (a hit counts as a
   * use). `0` caches nothing. Default: no limit (Python's `maxsize=None`).
   */
  maxSize?: number;
}

/** The memoized function: callable like the original, plus its cache. */
export type Memoized<Args extends unknown[], R> = ((...args: Args) => R) & {
  /** key -> result, least recently used first (a `Map` iterates in insertion order). */
  readonly cache: Map<unknown, R>;
  /** Empties the cache (Python: `f.cache_clear()`). */
  clear(): void;
};

/**
 * Python:
 * ```python
 * @functools.lru_cache(maxsize=None)   # or maxsize=128
 * def f(*args): ...
 * ```
 * Returns a function that calls `fn` once per distinct key and then answers from `cache`.
 * Results are cached even when they are `undefined`; a call that throws caches nothing.
 * Like `functools.wraps`, the wrapper keeps `fn`'s name, and `this` is passed through.
 */
export function memoize<Args extends unknown[], R>(fn: (...args: Args) => R, options: MemoizeOptions<Args> = {}): Memoized<Args, R> {
  const keyOf = options.key ?? ((...args: Args) => JSON.stringify(args));
  const maxSize = options.maxSize ?? Infinity;
  const cache = new Map<unknown, R>();

  const memoized = function (this: unknown, ...args: Args): R {
    const key = keyOf(...args);
    // `has`, not `get(key) !== undefined`: a cached undefined is still a hit.
    if (cache.has(key)) {
      const value = cache.get(key) as R;
      return value;
    }
    const value = fn.apply(this, args); // if this throws, nothing is stored
    if (maxSize > 0) {
      cache.set(key, value);
      // The first key in iteration order is the least recently used one.
      while (cache.size > maxSize) cache.delete(cache.keys().next().value);
    }
    return value;
  };

  // functools.wraps: `name` is read-only but configurable, so define it rather than assign it.
  Object.defineProperty(memoized, 'name', { value: fn.name, configurable: true });
  return Object.assign(memoized, { cache, clear: () => cache.clear() });
}
