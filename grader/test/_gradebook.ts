import { openGradebook } from '@roadmap/gradebook';

export interface StoredStudent {
  submission: string;
  sandbox: string;
  /** `stage/exercise` of every exercise not passed. */
  notPassed: string[];
  exercises: number;
  /** Messages of exercises the grader could not run at all (a broken sandbox, a crashed runner). */
  crashed: string[];
}

/** What the gradebook holds per student (latest run), in a form tests compare directly. */
export async function readBack(url: string): Promise<Record<string, StoredStudent>> {
  const gb = await openGradebook(url);
  try {
    const runs = await gb.db.selectFrom('runs').selectAll().orderBy('graded_at').execute();
    const results = await gb.db.selectFrom('exercise_results').selectAll().execute();
    const out: Record<string, StoredStudent> = {};
    for (const r of runs) {
      const mine = results.filter((e) => e.run_id === r.id);
      out[r.student_id] = {
        submission: r.submission,
        sandbox: r.sandbox,
        notPassed: mine.filter((e) => e.status !== 'passed').map((e) => `${e.stage}/${e.exercise}`).sort(),
        exercises: mine.length,
        crashed: mine.filter((e) => e.status === 'error' && /grader stopped/.test(e.message ?? '')).map((e) => `${e.stage}/${e.exercise}: ${e.message}`),
      };
    }
    return out;
  } finally {
    await gb.close();
  }
}
