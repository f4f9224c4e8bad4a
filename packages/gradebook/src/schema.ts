/** Tables of the gradebook, as Kysely sees them. Times are ISO-8601 strings in UTC. */
export interface StudentsTable {
  id: string;
  name: string;
  email: string;
  /** Extra roster columns, as a JSON object. */
  extra: string;
}

export interface RunsTable {
  id: string;
  student_id: string;
  graded_at: string;
  /** `graded` or `no-submission`. */
  submission: string;
  content_hash: string | null;
  git_commit: string | null;
  suites_version: string;
  /** `bwrap` when the student's code ran in a sandbox, `none` otherwise. */
  sandbox: string;
  /** JSON array of notes about suspicious behaviour. */
  flags: string;
  duration_ms: number;
}

export interface ExerciseResultsTable {
  run_id: string;
  stage: string;
  exercise: string;
  status: string;
  passed: number;
  failed: number;
  total: number;
  message: string | null;
}

export interface TestResultsTable {
  run_id: string;
  stage: string;
  exercise: string;
  test: string;
  status: string;
  duration_ms: number;
  message: string | null;
}

/** Verdicts by content: an exercise file (with what it imports) graded once per suites version. */
export interface VerdictsTable {
  key: string;
  outcome: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface GradebookSchema {
  students: StudentsTable;
  runs: RunsTable;
  exercise_results: ExerciseResultsTable;
  test_results: TestResultsTable;
  verdicts: VerdictsTable;
  gradebook_meta: MetaTable;
}
