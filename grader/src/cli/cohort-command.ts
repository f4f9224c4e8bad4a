import path from 'node:path';
import cliProgress from 'cli-progress';
import { defineCommand } from 'citty';
import pc from 'picocolors';
import { graderWorkspace } from '../catalog/workspace.ts';
import { type CohortProgress, gradeCohort, parseShard } from '../cohort/grade-cohort.ts';
import type { Visibility } from '../cohort-report/format-gradescope.ts';
import { parseAsOf, type ReportFormat, reportFormats, writeReport } from '../cohort-report/write-report.ts';
import { UsageError } from '../errors.ts';
import { fail } from './fail.ts';
import { makeRelease } from '../release/make-release.ts';
import { refuseInStudentCopy } from './student-copy-guard.ts';

export const defaultGradebook = () => path.join(graderWorkspace, '.roadmap', 'gradebook.sqlite');

const eta = (p: CohortProgress) => {
  if (p.done === 0) return '…';
  const left = ((Date.now() - p.startedAt) / p.done) * (p.total - p.done) / 1000;
  return left >= 60 ? `${Math.floor(left / 60)}m${String(Math.round(left % 60)).padStart(2, '0')}s` : `${Math.round(left)}s`;
};

const gradeSub = defineCommand({
  meta: { name: 'grade', description: "Grade every roster student's submission into the gradebook." },
  args: {
    roster: { type: 'string', required: true, description: 'CSV with the header student_id,name,email.' },
    submissions: { type: 'string', required: true, description: 'Folder holding one copy of the repository per student, named by student_id.' },
    db: { type: 'string', description: 'Gradebook: a SQLite file (default .roadmap/gradebook.sqlite) or postgres://user:pass@host/db.' },
    shard: { type: 'string', description: 'Grade only shard i of n (i/n), for several machines writing to one PostgreSQL gradebook.' },
    sandbox: { type: 'boolean', default: true, description: 'Run student code in bubblewrap where available (--no-sandbox to turn off).' },
    parallel: { type: 'string', default: '2', description: 'Students graded at once.' },
    timeout: { type: 'string', description: 'Milliseconds one test may run (default 10000).' },
    stages: { type: 'string', description: 'Only these stages or exercises, comma-separated (07,12-data-preprocessing); all when absent.' },
  },
  async run({ args }) {
    const c = pc.createColors(pc.isColorSupported);
    const tty = process.stderr.isTTY === true;
    const bar = tty
      ? new cliProgress.SingleBar({ format: 'Grading [{bar}] {value}/{total} students · {failing} failing · {skipped} unchanged · {eta_s} left', barsize: 24, etaBuffer: 20, stream: process.stderr }, cliProgress.Presets.shades_classic)
      : undefined;
    let lastLine = 0;
    try {
      refuseInStudentCopy('cohort grade');
      const summary = await gradeCohort({
        roster: args.roster,
        submissions: args.submissions,
        db: args.db ?? defaultGradebook(),
        ...(args.shard ? { shard: parseShard(args.shard) } : {}),
        sandbox: args.sandbox ? 'auto' : 'off',
        parallel: Math.max(1, Number(args.parallel) || 2),
        ...(args.timeout ? { testMs: Number(args.timeout) } : {}),
        ...(args.stages ? { only: args.stages.split(',').map((x) => x.trim()).filter(Boolean) } : {}),
        onPrepareFailed: (r) => process.stderr.write(`${c.yellow('warning')}: the set-up step of ${r.stage} (grader/suites/${r.stage}/_prepare.ts) failed: ${r.error}\n  Its suites set themselves up in each sandbox instead, which is slower. Grading goes on.\n`),
        onProgress: (p) => {
          if (bar) {
            if (p.done === 1) bar.start(p.total, 0, { failing: 0, skipped: 0 });
            bar.update(p.done, { failing: p.failing, skipped: p.skipped });
          } else if (p.done === p.total || Date.now() - lastLine > 5000) {
            lastLine = Date.now();
            process.stderr.write(`graded ${p.done}/${p.total} students · ${p.failing} failing · ${p.skipped} unchanged · ${eta(p)} left\n`);
          }
        },
      });
      bar?.stop();
      if (summary.sandbox === 'none') process.stderr.write(`${c.yellow('warning')}: student code ran WITHOUT a sandbox (bubblewrap ${args.sandbox ? 'is not available here: apt-get install bubblewrap' : 'was turned off'}). Network and file access were not confined.\n`);
      if (summary.unfinished) {
        process.stderr.write(`${c.yellow('warning')}: grading ran out of time for ${summary.unfinished} student(s); nothing was stored for them. Run the same command again to finish them.\n`);
        process.exitCode = 1;
      }
      process.stdout.write(
        `${c.green('✔')} ${summary.students} students: ${summary.graded} graded, ${summary.skipped} unchanged, ${summary.missing} without a submission · ${summary.gradings} exercise gradings run · sandbox ${summary.sandbox} · ${(summary.durationMs / 1000).toFixed(1)} s\n  gradebook: ${summary.gradebook}\n`,
      );
    } catch (e) {
      bar?.stop();
      fail(e);
    }
  },
});

const positiveInt = (name: string, text: string) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} "${text}" must be a whole number of 1 or more.`);
  return n;
};

const reportSub = defineCommand({
  meta: { name: 'report', description: 'Where every student stands: a table, CSV for an LMS, JSON, an HTML page, or Gradescope results.' },
  args: {
    db: { type: 'string', description: 'Gradebook: a SQLite file (default .roadmap/gradebook.sqlite) or postgres://user:pass@host/db.' },
    format: { type: 'string', default: 'table', description: `One of ${reportFormats.join(', ')}.` },
    out: { type: 'string', description: 'File to write (a folder for gradescope). Default: standard output; cohort-report.html for html; gradescope-results/ for gradescope.' },
    'as-of': { type: 'string', description: 'Report the class as it stood then: a day (2026-11-30, its end in UTC) or an ISO time. Default: now.' },
    'stuck-days': { type: 'string', default: '7', description: 'Days without a new passing test after which an unfinished student is listed as stalled.' },
    top: { type: 'string', default: '10', description: 'How many of the most-failed tests to list.' },
    visibility: { type: 'string', default: 'after_due_date', description: 'Gradescope visibility of the hidden tests: hidden, after_due_date, after_published or visible.' },
  },
  async run({ args }) {
    try {
      const written = await writeReport({
        db: args.db ?? defaultGradebook(),
        format: args.format as ReportFormat,
        ...(args.out ? { out: args.out } : {}),
        ...(args['as-of'] ? { asOf: parseAsOf(args['as-of']) } : {}),
        stuckDays: positiveInt('stuck-days', args['stuck-days']),
        top: positiveInt('top', args.top),
        visibility: args.visibility as Visibility,
        color: pc.isColorSupported && process.stdout.isTTY === true,
      });
      if (written.stdout !== undefined) process.stdout.write(written.stdout);
      else {
        const where = written.files.length === 1 ? written.files[0]! : `${written.files.length} files under ${path.dirname(path.dirname(written.files[0] ?? '.'))}`;
        process.stderr.write(`wrote the ${args.format} report for ${written.students} students: ${where}\n`);
      }
    } catch (e) {
      fail(e);
    }
  },
});

const releaseSub = defineCommand({
  meta: { name: 'release', description: 'Write the copy to hand to students: stubs, visible tests and the grader; no solutions or hidden tests.' },
  args: {
    out: { type: 'string', required: true, description: 'A new (or empty) folder outside this repository.' },
  },
  run({ args }) {
    try {
      refuseInStudentCopy('cohort release');
      const r = makeRelease(args.out);
      process.stdout.write(
        `${pc.green('✔')} student copy written to ${r.out}: ${r.files} files, ${r.withheld} withheld (solutions, hidden suites, mistake variants, goldens, maintainer tooling).\n  Check it: cd ${r.out} && pnpm install && pnpm grade\n  Hand it out as a new git repository (git init) or an archive: it carries no history.\n`,
      );
    } catch (e) {
      fail(e);
    }
  },
});

export const cohortCommand = defineCommand({
  meta: { name: 'cohort', description: 'Instructors: grade a class into a gradebook, report on it, release a student copy.' },
  subCommands: { grade: gradeSub, report: reportSub, release: releaseSub },
});
