export { KeyError, IndexError, ValueError } from './_errors.ts';
export { Counter } from './counter.ts';
export { DefaultMap } from './default-map.ts';
export { Deque, type DequeOptions } from './deque.ts';
