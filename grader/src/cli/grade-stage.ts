import path from 'node:path';
import { loadStage } from '../catalog/curriculum.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { gradeStages } from '../grade/grade-stages.ts';

// Turbo's `grade` task, run inside one stage package. `pnpm grade` has usually graded the stage's
// changed exercises already (all stale stages in one run), so this mostly replays their verdicts.
const pkg = process.cwd();
try {
  await gradeStages(path.dirname(pkg), [await loadStage(path.basename(pkg), graderWorkspace)]);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
