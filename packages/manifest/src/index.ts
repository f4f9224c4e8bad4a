export { defineStage, defineExercise } from './define.ts';
export type { StageDef, ExerciseDef } from './define.ts';
export { validateStage } from './validate.ts';
export type { Checked } from './validate.ts';
