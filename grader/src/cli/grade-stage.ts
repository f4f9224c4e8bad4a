import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadStage } from '../catalog/curriculum.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { gradeTree } from '../grade/grade-tree.ts';
import { stageResultFile } from '../grade/turbo.ts';

const pkg = process.cwd();
const stageId = path.basename(pkg);
const tree = path.dirname(pkg);
try {
  const stage = await loadStage(stageId, graderWorkspace);
  const outcomes = await gradeTree(tree, stage.exercises);
  const out = stageResultFile(pkg);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ stage: stageId, outcomes }));
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
