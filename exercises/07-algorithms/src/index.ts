export { bisectLeft, bisectRight } from './bisect.ts';
export { ascending, countingSort, heapSort, mergeSort, quickSort, radixSort } from './sorting.ts';
export type { Comparator } from './sorting.ts';
export { quickselect } from './quickselect.ts';
export { minShipCapacity } from './binary-search-answer.ts';
export { editDistance, lcs } from './lcs-edit-distance.ts';
