import { existsSync } from 'node:fs';
import { defineCommand, runMain } from 'citty';

// pnpm runs root scripts from the repository root; paths a person types are relative to where they typed them.
if (process.env.INIT_CWD && process.env.INIT_CWD !== process.cwd() && existsSync(process.env.INIT_CWD)) process.chdir(process.env.INIT_CWD);

// Each command is loaded only when it runs: `pnpm grade` does not pay for the gradebook's
// database drivers, the file watcher or the compiler it does not use.
const main = defineCommand({
  meta: { name: 'roadmap', description: 'Grade, check and explore the TypeScript AI-engineering curriculum.' },
  subCommands: {
    grade: () => import('./grade-command.ts').then((m) => m.gradeCommand),
    cohort: () => import('./cohort-command.ts').then((m) => m.cohortCommand),
    learn: () => import('./learn-command.ts').then((m) => m.learnCommand),
    list: () => import('./list-command.ts').then((m) => m.listCommand),
    hint: () => import('./hint-command.ts').then((m) => m.hintCommand),
    reset: () => import('./reset-command.ts').then((m) => m.resetCommand),
    solution: () => import('./solution-command.ts').then((m) => m.solutionCommand),
    verify: () => import('./verify-command.ts').then((m) => m.verifyCommand),
    daemon: () => import('./daemon-command.ts').then((m) => m.daemonCommand),
  },
});

void runMain(main);
