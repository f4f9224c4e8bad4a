import pc from 'picocolors';
import { GraderError, UsageError } from '../errors.ts';

/** Prints an error the way a person can act on it and sets the exit code: 2 for usage, 1 otherwise. */
export function fail(e: unknown): void {
  const c = pc.createColors(pc.isColorSupported);
  const code = (e as { code?: unknown })?.code;
  if (e instanceof GraderError || (e instanceof Error && typeof code === 'string' && code.startsWith('E_'))) {
    process.stderr.write(`${c.red(`error ${code as string}`)}: ${(e as Error).message}\n`);
    process.exitCode = e instanceof UsageError ? 2 : 1;
    return;
  }
  process.stderr.write(`${c.red('unexpected error')}: ${(e as Error)?.stack ?? String(e)}\nPlease report this with the command you ran.\n`);
  process.exitCode = 1;
}
