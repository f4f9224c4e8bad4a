/** A student's standing in one stage. */
export type StageStatus = 'passed' | 'in-progress' | 'not-started' | 'no-submission';

export interface StudentStage {
  status: StageStatus;
  /** Exercises of the stage passed in the student's latest run. */
  passed: number;
  /** Exercises in the stage. */
  total: number;
}

export interface StudentRow {
  id: string;
  name: string;
  email: string;
  /** The latest run graded on or before `asOf`; null when none is. */
  lastGradedAt: string | null;
  submission: 'graded' | 'no-submission' | 'never-graded';
  stages: Record<string, StudentStage>;
  passed: number;
  total: number;
  /** Notes about suspicious behaviour recorded when grading. */
  flags: string[];
}

export interface StageSummary {
  id: string;
  title: string;
  exercises: number;
  /** Share of (student, exercise) pairs passed, over the students with a graded submission. */
  passRate: number;
  /** Students who passed every exercise of the stage. */
  completed: number;
}

export interface FailedTest {
  stage: string;
  exercise: string;
  test: string;
  /** Students whose latest run fails this test. */
  failures: number;
}

export interface StuckStudent {
  id: string;
  /** The first stage, in curriculum order, the student has not finished. */
  stage: string;
  /** When the student's count of passing tests last went up (or their first run, if it never did). */
  since: string;
  days: number;
}

export interface ProgressPoint {
  /** A UTC day, `YYYY-MM-DD`. */
  date: string;
  /** Mean share of the exercises passed, over every student on the roster. */
  share: number;
}

export interface StudentProgressPoint {
  at: string;
  passed: number;
}

export interface CohortReport {
  generatedAt: string;
  asOf: string;
  stuckDays: number;
  students: StudentRow[];
  stages: StageSummary[];
  mostFailedTests: FailedTest[];
  stuck: StuckStudent[];
  progress: { cohort: ProgressPoint[]; students: Record<string, StudentProgressPoint[]> };
}
