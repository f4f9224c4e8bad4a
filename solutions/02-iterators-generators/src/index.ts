export { range } from './range.ts';
export type { Range } from './range.ts';
