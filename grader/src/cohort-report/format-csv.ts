import { stringify } from 'csv-stringify/sync';
import type { CohortReport } from './report-types.ts';

/**
 * One row per student, one column per stage (exercises passed), then the totals: the shape an
 * LMS gradebook import takes. The second row gives each column's points possible.
 */
export function formatCsv(report: CohortReport): string {
  const header = ['student_id', 'name', 'email', ...report.stages.map((s) => s.id), 'passed', 'total', 'last_graded_at'];
  const possible = ['Points Possible', '', '', ...report.stages.map((s) => String(s.exercises)), String(report.students[0]?.total ?? 0), '', ''];
  const rows = report.students.map((s) => [
    s.id,
    s.name,
    s.email,
    ...report.stages.map((st) => String(s.stages[st.id]!.passed)),
    String(s.passed),
    String(s.total),
    s.lastGradedAt ?? '',
  ]);
  return stringify([header, possible, ...rows]);
}
