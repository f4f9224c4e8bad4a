import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadStage } from '../catalog/curriculum.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { StageVerdicts } from '../grade/stage-verdicts.ts';
import { gradeTree } from '../grade/grade-tree.ts';
import { stageResultFile } from '../grade/turbo.ts';

const pkg = process.cwd();
const stageId = path.basename(pkg);
const tree = path.dirname(pkg);
try {
  const stage = await loadStage(stageId, graderWorkspace);
  const out = stageResultFile(pkg);
  mkdirSync(path.dirname(out), { recursive: true });
  const verdicts = new StageVerdicts(path.join(path.dirname(out), 'verdicts.json'), graderWorkspace, pkg, stageId);
  const keys = new Map(stage.exercises.map((e) => [e.id, verdicts.key(tree, stageId, e.id)]));
  const stale = stage.exercises.filter((e) => !verdicts.get(keys.get(e.id)!));
  const fresh = new Map((await gradeTree(tree, stale)).map((o) => [o.exercise, o]));
  const outcomes = stage.exercises.map((e) => fresh.get(e.id) ?? verdicts.get(keys.get(e.id)!)!);
  verdicts.save(stage.exercises.map((e, i) => [keys.get(e.id)!, outcomes[i]!]));
  writeFileSync(out, JSON.stringify({ stage: stageId, outcomes }));
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
