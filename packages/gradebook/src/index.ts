export { openGradebook } from './open-gradebook.ts';
export type { Backend, Gradebook } from './open-gradebook.ts';
export { GradebookError } from './errors.ts';
export type { GradebookSchema } from './schema.ts';
export { latestMigration } from './migrations.ts';
export { saveRun, upsertStudents, findCompleteRun, readVerdicts, saveVerdicts } from './runs.ts';
export type { RunRecord, StudentRecord, ExerciseRecord } from './runs.ts';
