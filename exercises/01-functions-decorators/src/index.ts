export { compose, pipe } from './compose.ts';
export type { Unary } from './compose.ts';
