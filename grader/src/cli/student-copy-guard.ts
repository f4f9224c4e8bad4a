import { isStudentCopy } from '../catalog/workspace.ts';
import { GraderError } from '../errors.ts';

export const STUDENT_COPY_NOTE =
  'This is a student copy: `pnpm grade` runs the visible example tests in exercises/*/test. Your instructor grades with hidden tests that check more cases, so passing here is a good sign, not the final grade.';

/** Refuses instructor and maintainer commands in a student copy, which lacks what they need. */
export function refuseInStudentCopy(command: string): void {
  if (isStudentCopy()) {
    throw new GraderError('E_STUDENT_COPY', `\`pnpm ${command}\` needs the instructor's repository (hidden suites and solutions), and this is a student copy. Ask your instructor; to grade your own work, run \`pnpm grade\`.`);
  }
}
