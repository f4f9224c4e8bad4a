export { fnv1a, mix32, defaultHash } from './_hash.ts';
export { DynamicArray } from './dynamic-array.ts';
export { LinkedList, type ListNode } from './linked-list.ts';
export { HashMap, type HashMapOptions } from './hash-map.ts';
export { LRUCache } from './lru-cache.ts';
export { MinHeap, nSmallest, nLargest } from './min-heap.ts';
export { SortedList } from './sorted-list.ts';
export { Trie } from './trie.ts';
