export { bisectLeft, bisectRight } from './bisect.ts';
export { ascending, countingSort, heapSort, mergeSort, quickSort, radixSort } from './sorting.ts';
export type { Comparator } from './sorting.ts';
export { quickselect } from './quickselect.ts';
export { minShipCapacity } from './binary-search-answer.ts';
export { editDistance, lcs } from './lcs-edit-distance.ts';
export { knapsack01 } from './knapsack.ts';
export type { KnapsackItem } from './knapsack.ts';
export { coinChangeMin, coinChangeWays } from './coin-change.ts';
