import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ExerciseRecord, findCompleteRun, type Gradebook, openGradebook, readVerdicts, saveRun, saveVerdicts, upsertStudents } from '@roadmap/gradebook';
import { type Exercise, loadCurriculum } from '../catalog/curriculum.ts';
import { selectExercises } from '../catalog/select.ts';
import { graderWorkspace } from '../catalog/workspace.ts';
import { UsageError } from '../errors.ts';
import { gradeTree } from '../grade/grade-tree.ts';
import type { ExerciseOutcome } from '../run/classify.ts';
import { flagSubmission } from './flags.ts';
import { readRoster, type RosterStudent } from './roster.ts';
import { type PrepareResult, prepareStages } from '../run/prepare-stages.ts';
import { WarmRunner } from '../run/warm-runner.ts';
import { bwrapAvailable } from '../run/worker-sandbox.ts';
import { inspectSubmission, type Submission } from './submission.ts';
import { suitesVersion } from './suites-version.ts';
import { verdictKey } from './verdict-key.ts';

export interface Shard {
  index: number;
  count: number;
}

export interface CohortOptions {
  roster: string;
  submissions: string;
  /** A SQLite file path or a postgres:// URL. */
  db: string;
  shard?: Shard;
  /** `auto` sandboxes with bubblewrap where it runs; `off` never does. @default 'auto' */
  sandbox?: 'auto' | 'off';
  /** Students graded at once. @default 2 */
  parallel?: number;
  testMs?: number;
  /** Only these stages or exercises (selectors as `pnpm grade` takes them). @default all */
  only?: string[];
  onProgress?: (p: CohortProgress) => void;
  /** A stage's set-up step failed (its suites then set themselves up, more slowly). */
  onPrepareFailed?: (r: PrepareResult) => void;
}

export interface CohortProgress {
  done: number;
  total: number;
  failing: number;
  skipped: number;
  startedAt: number;
}

export interface CohortSummary {
  students: number;
  graded: number;
  skipped: number;
  missing: number;
  /** Exercise gradings actually run (the rest came from stored verdicts). */
  gradings: number;
  /** Students whose grading was cut off (the machine too slow, a hung run): run again for them. */
  unfinished: number;
  /** The stages' set-up steps, run as the first submission started (none when nothing was graded). */
  prepared: PrepareResult[];
  sandbox: 'bwrap' | 'none';
  gradebook: string;
  durationMs: number;
}

/** `i/n` → { index, count }, 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${text}: write i/n with 1 ≤ i ≤ n, like 1/4.`);
  return { index, count };
}

/** This shard's students: every n-th of the roster sorted by id, so n shards cover it exactly once. */
export const shardOf = (students: RosterStudent[], shard?: Shard) =>
  shard ? [...students].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).filter((_, i) => i % shard.count === shard.index - 1) : students;

/**
 * Grades a class: every roster student's submission folder with this workspace's hidden suites,
 * one run per student stored in the gradebook in one transaction. A submission already graded
 * with the same suites is skipped; an exercise whose code was already graded is not run again.
 */
export async function gradeCohort(opts: CohortOptions): Promise<CohortSummary> {
  const started = Date.now();
  const roster = readRoster(opts.roster);
  if (!existsSync(opts.submissions) || !statSync(opts.submissions).isDirectory()) {
    throw new UsageError(`--submissions ${opts.submissions} is not a folder. It should hold one folder per student, named by student_id.`);
  }
  const mine = shardOf(roster, opts.shard);
  const gb = await openGradebook(opts.db);
  try {
    await upsertStudents(gb.db, roster);
    const exercises = selectExercises(await loadCurriculum(), opts.only ?? []);
    const version = suitesVersion(graderWorkspace, exercises.map((e) => e.stage));
    const sandbox = opts.sandbox !== 'off' && bwrapAvailable() ? 'bwrap' : 'none';
    const hide = [path.resolve(opts.submissions), path.join(graderWorkspace, 'solutions'), path.join(graderWorkspace, 'grader', 'mistakes'), path.join(graderWorkspace, '.roadmap')];
    if (gb.backend === 'sqlite') hide.push(path.dirname(gb.location));
    const testMs = opts.testMs ?? 10_000;

    const progress: CohortProgress = { done: 0, total: mine.length, failing: 0, skipped: 0, startedAt: started };
    const inflight = new Map<string, Promise<ExerciseOutcome>>();
    // Code whose last grading failed beside that student's other code: a verdict only they can use.
    // Not a timeout: in a batch it would hang the student's other files, graded again one by one.
    const privateVerdict = new Set<string>();
    let gradings = 0;
    let missing = 0;
    let unfinished = 0;
    // The stages' own set-up (a database cluster, say) runs once, outside the sandbox, as the first
    // submission starts, so that no sandboxed worker has to do it (nor can it write it). Grading
    // does not wait: a suite reached before it ends sets itself up, as it would without it.
    let prepared: Promise<PrepareResult[]> | undefined;
    const prepare = () =>
      (prepared ??= prepareStages(graderWorkspace, exercises.map((e) => e.stage)).then((rs) => {
        for (const r of rs) if (!r.ok) opts.onPrepareFailed?.(r);
        return rs;
      }));

    const gradeStudent = async (student: RosterStudent, lane: WarmRunner) => {
      const t0 = Date.now();
      const sub = inspectSubmission(opts.submissions, student.id);
      if (await findCompleteRun(gb.db, student.id, sub.contentHash, version)) {
        progress.skipped++;
        return;
      }
      let records: ExerciseRecord[] = [];
      if (sub.present) {
        void prepare();
        const outcomes = await outcomesFor(sub, exercises, lane);
        if (outcomes.some((o) => o.unfinished)) {
          unfinished++;
          return; // nothing stored: the next run grades this student again
        }
        records = outcomes.map((o) => ({ stage: o.stage, exercise: o.exercise, status: o.status, passed: o.passed, failed: o.failed, total: o.total, ...(o.message ? { message: o.message } : {}), tests: o.tests }));
        if (records.some((r) => r.status !== 'passed' && r.status !== 'not-started')) progress.failing++;
      } else missing++;
      await saveRun(gb.db, {
        id: randomUUID(),
        studentId: student.id,
        gradedAt: new Date().toISOString(),
        submission: sub.present ? 'graded' : 'no-submission',
        contentHash: sub.contentHash,
        ...(sub.gitCommit ? { gitCommit: sub.gitCommit } : {}),
        suitesVersion: version,
        sandbox,
        flags: sub.present ? flagSubmission(sub.dir) : [],
        durationMs: Date.now() - t0,
        exercises: records,
      });
    };

    // Exercises whose code this run has not seen graded are graded for this student, together in
    // one test file (what the student saw with `pnpm grade`). A pass is kept for that code
    // wherever it appears; a failure only when it was graded on its own (see `batched`).
    const shareable = (o: ExerciseOutcome) => o.status !== 'timeout' && !o.unfinished && !(o.batched && o.status !== 'passed');
    const outcomesFor = async (sub: Submission, all: Exercise[], lane: WarmRunner): Promise<ExerciseOutcome[]> => {
      const tree = path.join(sub.dir, 'exercises');
      const keys = new Map(all.map((e) => [e.key, verdictKey(version, tree, e.stage, e.id)]));
      const stored = await readVerdicts(gb.db, [...keys.values()]);
      const grade = (list: Exercise[], entryBudgetMs?: number) =>
        gradeTree(tree, list, { workers: 2, batch: 'crashed', runner: lane, typecheck: 'passed', ...(entryBudgetMs ? { entryBudgetMs } : {}) });
      // A timeout is graded once more with three times the budget before it counts: on a busy
      // machine an honest solution can be slow, and a real infinite loop loops either way.
      const gradeTwice = async (list: Exercise[]) => {
        gradings += list.length;
        const first = await grade(list);
        const slow = list.filter((_, i) => first[i]!.status === 'timeout');
        if (slow.length === 0) return first;
        const again = await grade(slow, testMs * 3);
        return first.map((o, i) => (o.status === 'timeout' ? again[slow.indexOf(list[i]!)]! : o));
      };
      // Besides code never seen, this student's batch takes code another student failed beside
      // their own: graded here with this student's code, it costs no worker of its own.
      const todo = all.filter((e) => {
        const key = keys.get(e.key)!;
        return !stored.has(key) && (!inflight.has(key) || privateVerdict.has(key));
      });
      const mine = new Set(todo.map((e) => e.key));
      // Taken now: a later student may grade the same code again (see above) and replace them.
      const waits = new Map(all.filter((e) => !stored.has(keys.get(e.key)!) && !mine.has(e.key)).map((e) => [e.key, inflight.get(keys.get(e.key)!)!]));
      let fresh: ExerciseOutcome[] = [];
      if (todo.length) {
        const run = gradeTwice(todo);
        todo.forEach((e, i) => inflight.set(keys.get(e.key)!, run.then((o) => o[i]!)));
        fresh = await run;
        fresh.forEach((o, i) => (o.batched && o.status === 'failed' ? privateVerdict.add(keys.get(todo[i]!.key)!) : privateVerdict.delete(keys.get(todo[i]!.key)!)));
        const lasting = fresh.map((o, i) => ({ o, key: keys.get(todo[i]!.key)! })).filter(({ o }) => shareable(o));
        await saveVerdicts(gb.db, lasting.map(({ o, key }) => ({ key, outcome: JSON.stringify(o) })));
      }
      const outcomes = await Promise.all(all.map(async (e) => {
        const key = keys.get(e.key)!;
        if (stored.has(key)) return JSON.parse(stored.get(key)!) as ExerciseOutcome;
        return mine.has(e.key) ? fresh[todo.indexOf(e)]! : await waits.get(e.key)!;
      }));
      // Another student's failure of the same code beside their other code, still running when
      // this student started: graded again here, on its own.
      const redo = all.filter((e, i) => !mine.has(e.key) && !stored.has(keys.get(e.key)!) && !shareable(outcomes[i]!));
      if (redo.length) {
        const again = await gradeTwice(redo);
        redo.forEach((e, k) => (outcomes[all.indexOf(e)] = again[k]!));
        // Graded on its own this time (a redo of one exercise), the verdict serves every later student.
        await saveVerdicts(gb.db, again.flatMap((o, k) => (shareable(o) ? [{ key: keys.get(redo[k]!.key)!, outcome: JSON.stringify(o) }] : [])));
      }
      return outcomes.map((o, i) => ({ ...o, stage: all[i]!.stage, exercise: all[i]!.id }));
    };

    // Each lane keeps one grading process for all its students: a student's code runs only in
    // test workers of its own, each confined to that student's files (see sandboxed-pool.ts).
    const lanes = Array.from({ length: Math.max(1, opts.parallel ?? 2) }, () => new WarmRunner(graderWorkspace, { budgets: { testMs }, workers: 2, isolate: { hide, bwrap: sandbox === 'bwrap' } }));
    const queue = [...mine];
    const worker = async (lane: WarmRunner) => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        await gradeStudent(s, lane);
        progress.done++;
        opts.onProgress?.({ ...progress });
      }
    };
    try {
      await Promise.all(lanes.map(worker));
    } finally {
      for (const lane of lanes) lane.close();
    }
    return { students: mine.length, graded: mine.length - progress.skipped - missing - unfinished, skipped: progress.skipped, missing, gradings, unfinished, prepared: (await prepared) ?? [], sandbox, gradebook: gb.location, durationMs: Date.now() - started };
  } finally {
    await gb.close();
  }
}

export type { Gradebook };
