/** One thing `pnpm verify` found wrong, with the file to open and what to do about it. */
export interface Problem {
  stage: string;
  exercise?: string;
  file: string;
  message: string;
}

export const problem = (stage: string, exercise: string | undefined, file: string, message: string): Problem => ({
  stage,
  ...(exercise ? { exercise } : {}),
  file,
  message,
});
