/** The parts of a request a problem can be about, in the order `build()` checks them. */
export type RequestField = 'method' | 'url' | 'headers' | 'body' | 'timeoutMs';

/** One thing wrong with a request under construction. */
export interface Problem {
  readonly field: RequestField;
  readonly message: string;
}

/** Thrown by `RequestBuilder.build()` with every problem found, not just the first. */
export class RequestValidationError extends Error {
  override name = 'RequestValidationError';
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(`invalid request:\n${problems.map((p) => `  - ${p.field}: ${p.message}`).join('\n')}`);
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p })));
  }
}
