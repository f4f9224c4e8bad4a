import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suitesVersion } from '../cohort/suites-version.ts';
import { verdictKey } from '../cohort/verdict-key.ts';
import type { ExerciseOutcome } from '../run/classify.ts';

/**
 * Outcomes of a stage's exercises by content address, kept beside the stage's result: when one
 * exercise changes, turbo re-runs the stage task, and only that exercise is graded again.
 */
export class StageVerdicts {
  readonly #file: string;
  readonly #version: string;
  readonly #stored: Record<string, ExerciseOutcome>;

  constructor(file: string, workspace: string, stagePackage: string, stage: string) {
    this.#file = file;
    // The visible tests decide the verdicts in a student copy: they are part of the version.
    const tests = path.join(stagePackage, 'test');
    const h = createHash('sha256').update(suitesVersion(workspace, [stage]));
    if (existsSync(tests)) for (const f of readdirSync(tests).sort()) h.update(f).update(readFileSync(path.join(tests, f)));
    this.#version = h.digest('hex');
    let stored: Record<string, ExerciseOutcome> = {};
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ExerciseOutcome>;
    } catch {
      // none yet, or unreadable: grade everything
    }
    this.#stored = stored;
  }

  key(tree: string, stage: string, exercise: string): string {
    return verdictKey(this.#version, tree, stage, exercise);
  }

  /** How many outcomes are stored. */
  get size(): number {
    return Object.keys(this.#stored).length;
  }

  get(key: string): ExerciseOutcome | undefined {
    return this.#stored[key];
  }

  /** Keeps exactly these outcomes; a timeout or an unfinished run is never kept (load can cause it). */
  save(entries: [string, ExerciseOutcome][]): void {
    const keep = entries.filter(([, o]) => !o.unfinished && (o.status === 'passed' || o.status === 'failed' || o.status === 'not-started'));
    writeFileSync(this.#file, JSON.stringify(Object.fromEntries(keep)));
  }
}
