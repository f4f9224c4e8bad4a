export type { ObjectType } from './_git.ts';
export { encodeObject, hashObject } from './hash-object.ts';
export { writeLooseObject } from './loose-object.ts';
export { readObject, type GitObject } from './read-object.ts';
export { parseTree, serializeTree, type TreeEntry } from './tree.ts';
export { parseCommit, serializeCommit, type CommitFields } from './commit.ts';
export { parseIndex, type GitIndex, type IndexEntry } from './index-file.ts';
export { myersDiff, unifiedDiff, type Edit, type EditOp } from './diff.ts';
export { merge3, type MergeOptions, type MergeResult } from './merge3.ts';
