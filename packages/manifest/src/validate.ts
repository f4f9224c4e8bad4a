import { z } from 'zod';
import type { StageDef } from './define.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const stageFolder = /^\d\d-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const exerciseSchema = z.object({
  id: z.string().regex(kebab, 'must be kebab-case, like "merge-sort"'),
  title: z.string().trim().min(1, 'must not be empty'),
  points: z.number().int().positive().optional(),
  hints: z
    .array(z.string().trim().min(1, 'must not be empty: write what a stuck learner should try'))
    .min(2, 'needs at least two progressive hints'),
  python: z.string().optional(),
});

const stageSchema = z.object({
  id: z.string().regex(stageFolder, 'must be the stage folder name, like "07-algorithms"'),
  title: z.string().trim().min(1, 'must not be empty'),
  roadmap: z.string().trim().min(1, 'must name the roadmap topic'),
  exercises: z.array(exerciseSchema).min(1, 'needs at least one exercise'),
});

export interface Checked<T> {
  value: T | undefined;
  /** `path: message` strings, every problem at once. */
  errors: string[];
}

/** Checks a loaded manifest against its folder; never throws. */
export function validateStage(raw: unknown, folder: string): Checked<StageDef> {
  const parsed = stageSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => `${['stage', ...i.path].join('.')}: ${i.message}`);
    return { value: undefined, errors };
  }
  const stage = parsed.data as StageDef;
  const errors: string[] = [];
  if (stage.id !== folder) errors.push(`stage.id: is "${stage.id}" but the folder is "${folder}"; make them equal`);
  const seen = new Set<string>();
  stage.exercises.forEach((e, i) => {
    if (seen.has(e.id)) errors.push(`stage.exercises.${i}.id: "${e.id}" appears twice; ids must be unique`);
    seen.add(e.id);
  });
  return { value: errors.length ? undefined : stage, errors };
}
