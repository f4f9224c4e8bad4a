import path from 'node:path';
import { defineCommand } from 'citty';
import pc from 'picocolors';
import { graderWorkspace } from '../catalog/workspace.ts';
import { verify } from '../verify/verify.ts';
import { fail } from './fail.ts';
import { refuseInStudentCopy } from './student-copy-guard.ts';

export const verifyCommand = defineCommand({
  meta: { name: 'verify', description: 'Maintainers: check that every exercise can be passed and cannot pass by accident.' },
  args: {
    stages: { type: 'positional', required: false, description: 'Stages to check (07-algorithms or 07); all when none.' },
    root: { type: 'string', default: graderWorkspace, description: 'The copy of the repository to check.' },
  },
  async run({ args }) {
    try {
      refuseInStudentCopy('verify');
      const c = pc.createColors(pc.isColorSupported);
      const started = Date.now();
      const report = await verify(path.resolve(args.root), (args._ as string[]) ?? []);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (report.problems.length === 0) {
        process.stdout.write(`${c.green('✔ verify')}: ${report.stages.length} stages, ${report.exercises} exercises, ${report.graded} graded checks, no problems (${secs} s)\n`);
        process.stdout.write(`verify: ${report.graded} passed, 0 failed\n`);
        return;
      }
      const lines = report.problems.map((p) => `${c.red('✘')} ${c.bold(p.file)}${p.exercise ? c.dim(` (${p.stage}/${p.exercise})`) : ''}\n    ${p.message}`);
      process.stdout.write(`${lines.join('\n')}\n\n${c.red(`verify found ${report.problems.length} problem(s)`)} in ${report.stages.length} stages, ${report.exercises} exercises (${secs} s)\n`);
      process.stdout.write(`verify: ${Math.max(0, report.graded - report.problems.length)} passed, ${report.problems.length} failed\n`);
      process.exitCode = 1;
    } catch (e) {
      fail(e);
    }
  },
});
