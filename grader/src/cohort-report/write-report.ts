import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openGradebook } from '@roadmap/gradebook';
import { loadCurriculum, type Stage } from '../catalog/curriculum.ts';
import { GraderError, UsageError } from '../errors.ts';
import { buildReport } from './build-report.ts';
import { readCohortData } from './cohort-data.ts';
import { formatCsv } from './format-csv.ts';
import { formatGradescope, type Visibility, visibilities } from './format-gradescope.ts';
import { formatHtml } from './format-html.ts';
import { formatTable } from './format-table.ts';

export const reportFormats = ['table', 'csv', 'json', 'html', 'gradescope'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface ReportRequest {
  db: string;
  format: ReportFormat;
  /** A file (a folder for `gradescope`); standard output when absent, except for html and gradescope. */
  out?: string;
  asOf?: Date;
  stuckDays?: number;
  top?: number;
  visibility?: Visibility;
  color?: boolean;
  curriculum?: Stage[];
}

export interface ReportWritten {
  /** What to print when nothing went to a file. */
  stdout?: string;
  /** Files written. */
  files: string[];
  students: number;
}

/** A report could not be made from what was given; says what to change. */
export class ReportError extends GraderError {}

/** Reads `2026-11-30` (the end of that UTC day) or a full ISO time; refuses anything else. */
export function parseAsOf(text: string): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const d = new Date(day ? `${text}T23:59:59.999Z` : text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(d.getTime())) {
    throw new UsageError(`--as-of "${text}" is not a date. Give a day (2026-11-30, meaning its end, UTC) or a time (2026-11-30T12:00:00Z).`);
  }
  return d;
}

/** Where the output goes, checked before any work so a bad path costs nothing. */
function checkOut(out: string, folder: boolean): void {
  const target = path.resolve(out);
  if (existsSync(target)) {
    const isDir = statSync(target).isDirectory();
    if (folder !== isDir) throw new ReportError('E_OUT', `${target} is ${isDir ? 'a folder' : 'a file'}; --out must name ${folder ? 'a folder for the per-student results.json files' : 'a file'}.`);
  }
  let dir = folder ? target : path.dirname(target);
  while (!existsSync(dir)) dir = path.dirname(dir);
  if (!statSync(dir).isDirectory()) throw new ReportError('E_OUT', `${dir} is a file, so nothing can be written under it. Choose another --out path.`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new ReportError('E_OUT', `Cannot write under ${dir}. Choose an --out path in a folder you may write to.`);
  }
}

/** Builds the report from the gradebook and writes it in the requested format. */
export async function writeReport(req: ReportRequest): Promise<ReportWritten> {
  if (!reportFormats.includes(req.format)) throw new UsageError(`Unknown --format "${req.format}". Use one of: ${reportFormats.join(', ')}.`);
  const out = req.out ?? (req.format === 'html' ? 'cohort-report.html' : req.format === 'gradescope' ? 'gradescope-results' : undefined);
  if (out) checkOut(out, req.format === 'gradescope');
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(req.db);
  if (!isUrl && !existsSync(req.db)) {
    throw new ReportError('E_DB_MISSING', `There is no gradebook at ${path.resolve(req.db)}. Grade the class first (pnpm cohort grade --roster ... --submissions ...) or name the gradebook with --db.`);
  }
  const visibility = req.visibility ?? 'after_due_date';
  if (!visibilities.includes(visibility)) throw new UsageError(`Unknown --visibility "${visibility}". Use one of: ${visibilities.join(', ')}.`);
  const curriculum = req.curriculum ?? (await loadCurriculum());
  const asOf = req.asOf ?? new Date();
  const gb = await openGradebook(req.db);
  let data;
  try {
    data = await readCohortData(gb.db, asOf.toISOString(), req.format === 'gradescope');
  } finally {
    await gb.close();
  }
  const report = buildReport(data, curriculum, { asOf, stuckDays: req.stuckDays ?? 7, top: req.top ?? 10 });
  const students = report.students.length;
  if (req.format === 'gradescope') {
    const root = path.resolve(out!);
    const files: string[] = [];
    for (const [id, results] of formatGradescope(report, data, curriculum, visibility)) {
      const file = path.join(root, id, 'results.json');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
      files.push(file);
    }
    return { files, students };
  }
  const text =
    req.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : req.format === 'csv' ? formatCsv(report) : req.format === 'html' ? formatHtml(report) : formatTable(report, req.color ?? false);
  if (!out) return { stdout: text, files: [], students };
  const file = path.resolve(out);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { files: [file], students };
}
