export type { Label } from './_types.ts';
export { confusionMatrix, type ConfusionMatrixOptions } from './confusion-matrix.ts';
