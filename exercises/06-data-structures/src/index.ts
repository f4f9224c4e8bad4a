export { fnv1a, mix32, defaultHash } from './_hash.ts';
export { DynamicArray } from './dynamic-array.ts';
export { LinkedList, type ListNode } from './linked-list.ts';
export { HashMap, type HashMapOptions } from './hash-map.ts';
