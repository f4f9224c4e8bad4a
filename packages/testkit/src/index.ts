export { mulberry32, randInt, randInts, randNormal } from './random.ts';
export { maxAbsDiff, assertClose } from './close.ts';
