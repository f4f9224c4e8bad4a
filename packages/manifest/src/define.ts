export interface ExerciseDef {
  /** Kebab-case id; the stub is `src/<id>.ts`. */
  id: string;
  title: string;
  /** @default 10 */
  points?: number;
  /** Progressive hints, vaguest first. At least two, none empty. */
  hints: string[];
  /** The Python idea this exercise mirrors, shown next to the TypeScript form. */
  python?: string;
}

export interface StageDef {
  /** The stage folder name, `NN-slug`. */
  id: string;
  title: string;
  /** The roadmap topic this stage covers. */
  roadmap: string;
  /** In the order a learner should solve them. */
  exercises: ExerciseDef[];
}

/** Identity helper that types a stage manifest (`exercises/NN-slug/stage.ts`). */
export function defineStage(stage: StageDef): StageDef {
  return stage;
}

/** Identity helper that types one exercise entry. */
export function defineExercise(exercise: ExerciseDef): ExerciseDef {
  return exercise;
}
