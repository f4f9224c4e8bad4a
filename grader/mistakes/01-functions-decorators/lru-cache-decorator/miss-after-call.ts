// Mistake: counts the miss only after the method returns, so a call that throws is not counted.
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
  return function <This, Args extends unknown[], R>(
    method: (this: This, ...args: Args) => R,
    _context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
  ) {
    const limit = maxSize ?? Infinity;
    const cache = new Map<string, R>();
    let hits = 0;
    let misses = 0;

    // Python puts `self` in the key. Objects cannot go into a string key, so each instance
    // gets a number the first time it is seen; a WeakMap lets instances be garbage-collected.
    const ids = new WeakMap<object, number>();
    let lastId = 0;
    const idOf = (self: unknown): string => {
      if ((typeof self !== 'object' && typeof self !== 'function') || self === null) return `v:${String(self)}`;
      let id = ids.get(self);
      if (id === undefined) ids.set(self, (id = ++lastId));
      return `o:${id}`;
    };

    const replacement = function (this: This, ...args: Args): R {
      const key = `${idOf(this)}|${JSON.stringify(args)}`;
      if (cache.has(key)) {
        hits++;
        const value = cache.get(key) as R;
        cache.delete(key); // move to the most recently used end
        cache.set(key, value);
        return value;
      }
      const value = method.apply(this, args);
      misses++;
      // A recursive call may already have stored this key; like Python, leave it where it is.
      if (limit > 0 && !cache.has(key)) {
        cache.set(key, value);
        if (cache.size > limit) cache.delete(cache.keys().next().value as string);
      }
      return value;
    };

    return Object.assign(replacement, {
      cacheInfo: (): CacheInfo => ({ hits, misses, maxSize, currSize: cache.size }),
      cacheClear: () => {
        cache.clear();
        hits = 0;
        misses = 0;
      },
    });
  };
}
