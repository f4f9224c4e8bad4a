import { existsSync } from 'node:fs';
import { defineCommand, runMain } from 'citty';
import { cohortCommand } from './cohort-command.ts';
import { gradeCommand } from './grade-command.ts';
import { hintCommand } from './hint-command.ts';
import { learnCommand } from './learn-command.ts';
import { listCommand } from './list-command.ts';
import { resetCommand } from './reset-command.ts';
import { solutionCommand } from './solution-command.ts';
import { verifyCommand } from './verify-command.ts';

// pnpm runs root scripts from the repository root; paths a person types are relative to where they typed them.
if (process.env.INIT_CWD && process.env.INIT_CWD !== process.cwd() && existsSync(process.env.INIT_CWD)) process.chdir(process.env.INIT_CWD);

const main = defineCommand({
  meta: { name: 'roadmap', description: 'Grade, check and explore the TypeScript AI-engineering curriculum.' },
  subCommands: {
    grade: gradeCommand,
    cohort: cohortCommand,
    learn: learnCommand,
    list: listCommand,
    hint: hintCommand,
    reset: resetCommand,
    solution: solutionCommand,
    verify: verifyCommand,
  },
});

void runMain(main);
