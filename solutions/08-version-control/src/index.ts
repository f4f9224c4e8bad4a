export type { ObjectType } from './_git.ts';
export { encodeObject, hashObject } from './hash-object.ts';
