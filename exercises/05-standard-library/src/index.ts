export { KeyError, IndexError, ValueError } from './_errors.ts';
export { Counter } from './counter.ts';
export { DefaultMap } from './default-map.ts';
export { Deque, type DequeOptions } from './deque.ts';
export { OrderedMap } from './ordered-map.ts';
export { defineTuple, type NamedTuple, type TupleOptions, type TupleType } from './named-tuple.ts';
export { ChainMap } from './chain-map.ts';
