/** Base of every error the grader raises on purpose: a stable code and a next step. */
export class GraderError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line asked for something that does not exist; the CLI exits with 2. */
export class UsageError extends GraderError {
  constructor(message: string) {
    super('E_USAGE', message);
  }
}

/** A stage manifest is missing or invalid; lists every problem. */
export class ManifestError extends GraderError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super('E_MANIFEST', `${file} is not a valid stage manifest:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix these and run the command again.`);
  }
}

/**
 * The grading daemon could not do what was asked. `pnpm grade` never shows these (it grades
 * in-process instead): E_DAEMON_STARTING, E_DAEMON_OUTDATED, E_DAEMON_REQUEST, E_DAEMON_RUNNER,
 * E_DAEMON_FAILED; `pnpm daemon stop` shows E_DAEMON_STOP.
 */
export class DaemonError extends GraderError {}
