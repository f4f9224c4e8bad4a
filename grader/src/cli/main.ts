import { defineCommand, runMain } from 'citty';
import { cohortCommand } from './cohort-command.ts';
import { gradeCommand } from './grade-command.ts';
import { hintCommand } from './hint-command.ts';
import { learnCommand } from './learn-command.ts';
import { listCommand } from './list-command.ts';
import { resetCommand } from './reset-command.ts';
import { solutionCommand } from './solution-command.ts';
import { verifyCommand } from './verify-command.ts';

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
