export { KeyError, IndexError, ValueError } from './_errors.ts';
export { Counter } from './counter.ts';
