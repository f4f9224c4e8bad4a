export { compose, pipe } from './compose.ts';
export type { Unary } from './compose.ts';
export { memoize } from './memoize.ts';
export type { Memoized, MemoizeOptions } from './memoize.ts';
