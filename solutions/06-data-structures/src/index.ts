export { DynamicArray } from './dynamic-array.ts';
