export { range } from './range.ts';
export type { Range } from './range.ts';
export { drop, dropWhile, islice, take, takeWhile } from './lazy-slices.ts';
export { chain, chainFromIterable, zip, zipLongest } from './chain-zip.ts';
export type { ElementOf } from './chain-zip.ts';
export { groupBy } from './group-by.ts';
export { combinations, combinationsWithReplacement, permutations, product } from './combinatorics.ts';
export type { ProductOptions } from './combinatorics.ts';
export { accumulate, batched, pairwise } from './accumulate.ts';
