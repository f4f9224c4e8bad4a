// Given code (not an exercise): Python's exception names, so the stage's classes fail the way a
// Python developer expects. Identical in exercises/ and solutions/.

/** Python's `KeyError`: a key that must exist does not (`od.move_to_end('x')`, `del chain['x']`). */
export class KeyError extends Error {
  override readonly name = 'KeyError';
}

/** Python's `IndexError` (a `RangeError` in JavaScript terms): popping an empty deque, an index out of range. */
export class IndexError extends RangeError {
  override readonly name = 'IndexError';
}

/** Python's `ValueError`: the right type but an unacceptable value (a bad field name, a negative maxlen). */
export class ValueError extends Error {
  override readonly name = 'ValueError';
}

/** Why `parseCli` rejected the command line; the codes are `node:util` `parseArgs`'s, plus one for `required`. */
export type CliErrorCode =
  | 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  | 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
  | 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
  | 'ERR_PARSE_ARGS_MISSING_OPTION';

/** Python: argparse's `error()` (which exits with status 2); here an exception with a code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
  }
}
