export { type Value, type Doc, isPlainObject, deepEqual } from './_documents.ts';
export { matches, type Query } from './query-matcher.ts';
export { applyUpdate, type Update } from './updates.ts';
export { aggregate, type Stage, type Accumulator, type Expression } from './aggregation.ts';
export { denormalize, normalize, type Relation } from './embedding.ts';
export { hash32 } from './_hash.ts';
export { ConsistentHashRing, type RingOptions } from './consistent-hashing.ts';
export { rendezvousScore, rendezvousRanking, rendezvousOwner, rendezvousTopK } from './rendezvous.ts';
export { WideColumnTable, type Cell, type Row, type TableSchema, type SliceQuery } from './wide-column.ts';
