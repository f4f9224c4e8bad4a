import { defineCommand, runMain } from 'citty';
import { gradeCommand } from './grade-command.ts';
import { verifyCommand } from './verify-command.ts';

const main = defineCommand({
  meta: { name: 'roadmap', description: 'Grade, check and explore the TypeScript AI-engineering curriculum.' },
  subCommands: { grade: gradeCommand, verify: verifyCommand },
});

void runMain(main);
