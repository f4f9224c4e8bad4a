import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ExerciseDef, type StageDef, validateStage } from '@roadmap/manifest';
import { ManifestError } from '../errors.ts';
import { StageCache } from './stage-cache.ts';
import { needTypeScript } from './typescript-loader.ts';
import { graderWorkspace, publishedStages } from './workspace.ts';

export interface Exercise extends Required<Pick<ExerciseDef, 'id' | 'title' | 'hints'>> {
  stage: string;
  points: number;
  python?: string;
  /** `stage/exercise`: unique across the curriculum. */
  key: string;
}

export interface Stage {
  id: string;
  title: string;
  roadmap: string;
  exercises: Exercise[];
}

/** Loads and checks one stage manifest; throws `ManifestError` listing every problem. */
export async function loadStage(folder: string, root = graderWorkspace): Promise<Stage> {
  const file = path.join(root, 'exercises', folder, 'stage.ts');
  if (!existsSync(file)) throw new ManifestError(file, ['the file is missing: every stage needs a stage.ts made with defineStage()']);
  const cache = StageCache.for(root);
  const stored = cache.get(file);
  if (stored) return stored;
  let raw: unknown;
  try {
    await needTypeScript();
    raw = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (e) {
    throw new ManifestError(file, [`it could not be loaded: ${(e as Error).message}`]);
  }
  const { value, errors } = validateStage(raw, folder);
  if (!value) throw new ManifestError(file, errors);
  const stage = toStage(value);
  cache.put(file, stage);
  return stage;
}

const toStage = (s: StageDef): Stage => ({
  id: s.id,
  title: s.title,
  roadmap: s.roadmap,
  exercises: s.exercises.map((e) => ({
    id: e.id,
    title: e.title,
    hints: e.hints,
    points: e.points ?? 10,
    stage: s.id,
    key: `${s.id}/${e.id}`,
    ...(e.python ? { python: e.python } : {}),
  })),
});

/** Every stage of the workspace, in order. */
export async function loadCurriculum(root = graderWorkspace): Promise<Stage[]> {
  return Promise.all(publishedStages(root).map((f) => loadStage(f, root)));
}
