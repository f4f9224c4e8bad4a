import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '@roadmap/testkit';
import type { Stage } from '../catalog/curriculum.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { mistakeFiles } from '../verify/check-layout.ts';

export interface PlantedFault {
  stage: string;
  exercise: string;
  mistake: string;
}

export interface SyntheticStudent {
  id: string;
  /** `missing`: no folder; `empty`: a folder with nothing in it. */
  kind: 'submission' | 'missing' | 'empty';
  faults: PlantedFault[];
}

/**
 * Writes a class for tests and benchmarks: `roster.csv` and `submissions/<id>/`, each a copy of
 * the solutions with known mistakes planted (a mistake variant in place of an exercise).
 */
export function makeSyntheticCohort(dir: string, stages: Stage[], opts: { students: number; seed?: number; faultsPerStudent?: number; missing?: number; empty?: number }): SyntheticStudent[] {
  const rng = mulberry32(opts.seed ?? 1);
  const subs = path.join(dir, 'submissions');
  mkdirSync(subs, { recursive: true });
  const candidates = stages.flatMap((s) => s.exercises.map((e) => ({ stage: s.id, exercise: e.id, mistakes: mistakeFiles(graderWorkspace, s.id, e.id) }))).filter((c) => c.mistakes.length > 0);
  const students: SyntheticStudent[] = [];
  for (let i = 0; i < opts.students; i++) {
    const id = `s${String(i + 1).padStart(3, '0')}`;
    const kind = i < (opts.missing ?? 0) ? 'missing' : i < (opts.missing ?? 0) + (opts.empty ?? 0) ? 'empty' : 'submission';
    const faults: PlantedFault[] = [];
    if (kind === 'empty') mkdirSync(path.join(subs, id), { recursive: true });
    if (kind === 'submission') {
      for (const s of stages) {
        cpSync(path.join(graderWorkspace, 'solutions', s.id, 'src'), path.join(subs, id, 'exercises', s.id, 'src'), { recursive: true });
      }
      const n = opts.faultsPerStudent ?? 1;
      const picked = new Set<number>();
      while (picked.size < Math.min(n, candidates.length)) picked.add(Math.floor(rng() * candidates.length));
      for (const k of picked) {
        const c = candidates[k]!;
        const mistake = c.mistakes[Math.floor(rng() * c.mistakes.length)]!;
        cpSync(mistake, path.join(subs, id, 'exercises', c.stage, 'src', `${c.exercise}.ts`));
        faults.push({ stage: c.stage, exercise: c.exercise, mistake: path.basename(mistake, '.ts') });
      }
    }
    students.push({ id, kind, faults });
  }
  writeFileSync(path.join(dir, 'roster.csv'), `student_id,name,email,section\n${students.map((s) => `${s.id},Student ${s.id},${s.id}@example.edu,A`).join('\n')}\n`);
  return students;
}

export const submissionFolders = (dir: string) => readdirSync(path.join(dir, 'submissions'));
