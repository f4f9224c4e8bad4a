import { todo } from '@roadmap/todo';

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
  // TODO: keep a Map from key to result; on a hit, move the entry to the end (most recent);
  // on a miss, call fn, store the result and evict from the front while the cache is too big.
  // Attach `cache` and `clear` to the wrapper, and give the wrapper fn's name.
  return todo('memoize');
}
