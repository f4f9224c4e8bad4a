import path from 'node:path';
import { type Stage, loadStage } from '../catalog/curriculum.ts';
import { stageFolders } from '../catalog/workspace.ts';
import { GraderError, ManifestError, UsageError } from '../errors.ts';
import { checkExports, type ExportPair } from './check-exports.ts';
import { checkGrading } from './check-grading.ts';
import { checkLayout, mistakeFiles } from './check-layout.ts';
import { type Problem, problem } from './problems.ts';
import { existsSync, readdirSync } from 'node:fs';

export interface VerifyReport {
  stages: string[];
  exercises: number;
  graded: number;
  problems: Problem[];
}

/**
 * The maintainers' check over a copy of this repository (`root`): manifests, layout, exports,
 * and a grading run of solutions, stubs, mistake variants and visible tests. Reports every
 * problem at once.
 */
export async function verify(root: string, only: string[] = []): Promise<VerifyReport> {
  const problems: Problem[] = [];
  const folders = stageFolders(root);
  const unknown = only.filter((s) => !folders.some((f) => f === s || f.slice(0, 2) === s.padStart(2, '0')));
  if (unknown.length) throw new UsageError(`Unknown stage ${unknown.join(', ')}. Stages: ${folders.join(', ')}`);
  const chosen = only.length ? folders.filter((f) => only.some((s) => f === s || f.slice(0, 2) === s.padStart(2, '0'))) : folders;
  const stages: Stage[] = [];
  for (const folder of chosen) {
    const hasManifest = existsSync(path.join(root, 'exercises', folder, 'stage.ts'));
    const srcFiles = [path.join(root, 'exercises', folder, 'src'), path.join(root, 'solutions', folder, 'src')].flatMap((d) => (existsSync(d) ? readdirSync(d) : []));
    if (!hasManifest) {
      if (srcFiles.length) problems.push(problem(folder, undefined, path.join('exercises', folder, 'stage.ts'), 'missing: the stage has source files but no manifest, so learners never see it.'));
      continue;
    }
    try {
      stages.push(await loadStage(folder, root));
    } catch (e) {
      if (e instanceof ManifestError) for (const p of e.problems) problems.push(problem(folder, undefined, path.relative(root, e.file), p));
      else throw e;
    }
  }
  for (const s of stages) problems.push(...checkLayout(root, s));

  const pairs: ExportPair[] = stages.flatMap((s) =>
    s.exercises.map((e) => ({
      stage: s.id,
      exercise: e.id,
      reference: path.join(root, 'solutions', s.id, 'src', `${e.id}.ts`),
      others: [
        { file: path.join(root, 'exercises', s.id, 'src', `${e.id}.ts`), types: true },
        ...mistakeFiles(root, s.id, e.id).map((file) => ({ file, types: false })),
      ],
    })),
  );
  problems.push(...checkExports(root, pairs.filter((p) => existsSync(p.reference))));

  const { problems: gradingProblems, graded } = await checkGrading(root, stages);
  problems.push(...gradingProblems);
  if (stages.length === 0 && problems.length === 0) throw new GraderError('E_NOTHING', 'There are no stages to verify: add exercises/NN-slug/stage.ts.');
  return { stages: stages.map((s) => s.id), exercises: stages.reduce((n, s) => n + s.exercises.length, 0), graded, problems };
}
