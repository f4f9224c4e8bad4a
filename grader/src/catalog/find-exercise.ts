import { UsageError } from '../errors.ts';
import type { Exercise, Stage } from './curriculum.ts';
import { selectExercises } from './select.ts';

/** Exactly one exercise named by `id` or `stage/id`; a usage error otherwise. */
export function findExercise(stages: Stage[], name: string | undefined): Exercise {
  if (!name) throw new UsageError('Name an exercise, like `bisect` or `07-algorithms/bisect` (`pnpm run list` shows them all).');
  const found = selectExercises(stages, [name]);
  if (found.length !== 1 || (found[0]!.id !== name && found[0]!.key !== name)) {
    throw new UsageError(`"${name}" is a stage; name one exercise of it: ${found.map((e) => e.id).join(', ')}`);
  }
  return found[0]!;
}
