import { UsageError } from '../errors.ts';
import type { Exercise, Stage } from './curriculum.ts';

/**
 * Resolves command-line selectors to exercises. A selector is a stage folder (`07-algorithms`),
 * its number (`07` or `7`), an exercise id (`bisect`) or `stage/exercise`. None selects all.
 */
export function selectExercises(stages: Stage[], selectors: string[]): Exercise[] {
  const all = stages.flatMap((s) => s.exercises);
  if (selectors.length === 0) return all;
  const picked = new Set<string>();
  for (const sel of selectors) {
    const stage = stages.find((s) => s.id === sel || s.id.slice(0, 2) === sel.padStart(2, '0'));
    if (stage) {
      for (const e of stage.exercises) picked.add(e.key);
      continue;
    }
    const matches = all.filter((e) => e.key === sel || e.id === sel);
    if (matches.length === 1) {
      picked.add(matches[0]!.key);
      continue;
    }
    if (matches.length > 1) {
      throw new UsageError(`"${sel}" names an exercise in several stages: ${matches.map((m) => m.key).join(', ')}. Use the stage/exercise form.`);
    }
    throw new UsageError(
      `Unknown stage or exercise "${sel}".\nStages: ${stages.map((s) => s.id).join(', ')}\nExercises: ${all.map((e) => e.id).join(', ')}`,
    );
  }
  return all.filter((e) => picked.has(e.key));
}
