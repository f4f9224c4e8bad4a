import { todo } from '@roadmap/todo';

/** Python: `functools._CacheInfo(hits, misses, maxsize, currsize)`. */
export interface CacheInfo {
  hits: number;
  misses: number;
  /** `null` for an unbounded cache (Python's `maxsize=None`). */
  maxSize: number | null;
  currSize: number;
}

/** What the decorator adds to the method (Python: `f.cache_info()`, `f.cache_clear()`). */
export interface LruCacheControls {
  cacheInfo(): CacheInfo;
  /** Empties the cache and resets the statistics. */
  cacheClear(): void;
}

/** A TC39 method decorator that returns the replacement method, with the cache controls on it. */
export type LruMethodDecorator = <This, Args extends unknown[], R>(
  method: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
) => ((this: This, ...args: Args) => R) & LruCacheControls;

/**
 * Python:
 * ```python
 * class Repo:
 *     @functools.lru_cache(maxsize=2)
 *     def load(self, n): ...
 * Repo.load.cache_info()   # CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
 * ```
 * TypeScript (standard decorators, no `experimentalDecorators`):
 * ```ts
 * class Repo {
 *   @lruCache(2) load(n: number) { ... }
 * }
 * (Repo.prototype.load as unknown as LruCacheControls).cacheInfo();
 * ```
 * One cache per decorated method, shared by all instances, as in Python: the key is the
 * instance (`this`, compared by identity) plus the arguments (`JSON.stringify(args)`).
 * A miss is counted before the method runs; a call that throws stores nothing.
 * `maxSize` `null` means unbounded; `0` caches nothing.
 */
export function lruCache(maxSize: number | null = 128): LruMethodDecorator {
  // TODO: return a decorator (method, context) => replacement. The replacement computes a key
  // from `this` and the arguments, counts hits and misses, keeps results in a Map in LRU order,
  // and carries cacheInfo() and cacheClear().
  return todo('lruCache');
}
