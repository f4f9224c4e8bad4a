import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Submission {
  dir: string;
  present: boolean;
  /** Hash of every exercise source file: equal hashes, equal grading. `none` when absent. */
  contentHash: string;
  gitCommit?: string;
}

/** Relative paths of the exercise sources of a copy (`exercises/<stage>/src/**.ts`), sorted. */
export function exerciseSources(dir: string): string[] {
  const root = path.join(dir, 'exercises');
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const d of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, d.name);
      if (d.isDirectory() && d.name !== 'node_modules' && !d.name.startsWith('.')) walk(r);
      else if (d.isFile() && d.name.endsWith('.ts') && r.split(path.sep)[2] === 'src') out.push(r);
    }
  };
  walk('exercises');
  return out.sort();
}

/** Looks at `DIR/<id>/`: missing or empty folders are "no submission", never an error. */
export function inspectSubmission(submissionsDir: string, id: string): Submission {
  const dir = path.join(submissionsDir, id);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return { dir, present: false, contentHash: 'none' };
  const files = exerciseSources(dir);
  if (files.length === 0) return { dir, present: false, contentHash: 'none' };
  const h = createHash('sha256');
  for (const f of files) h.update(`${f}\0`).update(readFileSync(path.join(dir, f))).update('\0');
  const git = existsSync(path.join(dir, '.git')) ? spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }) : undefined;
  const commit = git?.status === 0 ? git.stdout.trim() : undefined;
  return { dir, present: true, contentHash: h.digest('hex'), ...(commit ? { gitCommit: commit } : {}) };
}
