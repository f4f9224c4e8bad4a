export { compose, pipe } from './compose.ts';
export type { Unary } from './compose.ts';
export { memoize } from './memoize.ts';
export type { Memoized, MemoizeOptions } from './memoize.ts';
export { lruCache } from './lru-cache-decorator.ts';
export type { CacheInfo, LruCacheControls, LruMethodDecorator } from './lru-cache-decorator.ts';
export { retry } from './retry-decorator.ts';
export type { AsyncMethodDecorator, RetryOptions } from './retry-decorator.ts';
