import path from 'node:path';
import { loadStage } from '../catalog/curriculum.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { gradeStages } from '../grade/grade-stages.ts';

// Turbo's `grade` task (`pnpm turbo run grade`), run inside one stage package: the stage graded
// as a cached task, for CI and remote caches. It shares its verdicts with `pnpm grade`.
const pkg = process.cwd();
try {
  await gradeStages(path.dirname(pkg), [await loadStage(path.basename(pkg), graderWorkspace)]);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
