import { todo } from '@roadmap/todo';
import { CliError } from './_errors.ts';

export interface OptionSpec {
  /** `'string'` and `'number'` options take a value; `'boolean'` options never do. */
  type: 'string' | 'boolean' | 'number';
  /** A one-letter alias: `-v` for `--verbose`. */
  short?: string;
  /** Collect every occurrence into an array (Python: `action='append'`). */
  multiple?: boolean;
  /** Used when the option is absent (an array when `multiple`). */
  default?: string | boolean | number | readonly string[] | readonly boolean[] | readonly number[];
  /** Python: `required=True`: absent (after defaults) → `ERR_PARSE_ARGS_MISSING_OPTION`. */
  required?: boolean;
  /** Python: `choices=[...]`: any other value → `ERR_PARSE_ARGS_INVALID_OPTION_VALUE`. */
  choices?: readonly (string | number)[];
}

export interface CliSpec {
  options?: Readonly<Record<string, OptionSpec>>;
  /** Accept positional arguments (default false, like `parseArgs` in strict mode). */
  allowPositionals?: boolean;
}

type ScalarOf<O> = O extends { type: 'boolean' } ? boolean : O extends { type: 'number' } ? number : O extends { type: 'string' } ? string : string | boolean | number;
/** The parsed values, typed from the spec: `{ verbose?: boolean; tag?: string[]; ... }`. */
export type CliValues<Opts> = { -readonly [K in keyof Opts]?: Opts[K] extends { multiple: true } ? ScalarOf<Opts[K]>[] : ScalarOf<Opts[K]> };
type OptionsOf<S extends CliSpec> = S['options'] extends Readonly<Record<string, OptionSpec>> ? S['options'] : {};

export interface ParsedCli<Opts> {
  values: CliValues<Opts>;
  positionals: string[];
}

/**
 * Python: `argparse.ArgumentParser(...).parse_args(argv)`, in the shape of Node's
 * `util.parseArgs({ args, options, allowPositionals, strict: true })`.
 *
 * ```python
 * p = argparse.ArgumentParser()
 * p.add_argument('-v', '--verbose', action='store_true')
 * p.add_argument('-t', '--tag', action='append')
 * p.add_argument('--count', type=float, required=True)
 * p.add_argument('files', nargs='*')
 * ```
 *
 * ```ts
 * parseCli(argv, {
 *   options: {
 *     verbose: { type: 'boolean', short: 'v' },
 *     tag: { type: 'string', short: 't', multiple: true },
 *     count: { type: 'number', required: true },
 *   },
 *   allowPositionals: true,
 * }); // { values: { verbose: true, tag: ['a'], count: 3 }, positionals: ['file.txt'] }
 * ```
 *
 * Reading `argv` left to right (exactly what `parseArgs` does for `string`/`boolean` options;
 * `number` options are read like `string` ones):
 * - `--` ends the options: every later argument is a positional.
 * - `--name=value` gives an inline value; `--name` alone takes the next argument as its value
 *   when the option takes one (whatever that argument looks like).
 * - `-x` is the option whose `short` is `x` (or the option named `x`), taking the next argument
 *   as its value when it takes one. `-xVALUE`, when `x` takes a value, is `-x` with inline value `VALUE`.
 * - `-abc`, when `a` takes no value, is the group `-a -b -c`; a value-taking option inside a group
 *   takes the rest of the group as its value (`-abfFILE` is `-a -b -fFILE`).
 * - Anything else (including `-` on its own and the empty string) is a positional.
 *
 * Then each item, in order; the first problem throws a `CliError` with `parseArgs`'s code:
 * - an option not in the spec → `ERR_PARSE_ARGS_UNKNOWN_OPTION`;
 * - a value-taking option with no value, a boolean option with a value (`--verbose=yes`), or a
 *   value taken from the next argument that starts with `-` and is longer than `-` itself
 *   (`--out -v`: ambiguous, write `--out=-v`) → `ERR_PARSE_ARGS_INVALID_OPTION_VALUE`;
 * - a `number` option whose value is not a number (`Number(v)`, blank rejected), or a value not in
 *   `choices` → `ERR_PARSE_ARGS_INVALID_OPTION_VALUE`;
 * - a positional when `allowPositionals` is not set → `ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL`.
 *
 * Values: a boolean option is `true`; the last occurrence wins unless `multiple`, which collects
 * an array. Absent options get their `default` (absent otherwise: no key at all). Finally a
 * `required` option that is still absent → `ERR_PARSE_ARGS_MISSING_OPTION`.
 */
export function parseCli<const S extends CliSpec>(argv: readonly string[], spec: S): ParsedCli<OptionsOf<S>> {
  // TODO: phase 1, turn argv into option and positional tokens (never fails).
  // TODO: phase 2, check and store each token in order, throwing CliError with the right code.
  // TODO: phase 3, fill in defaults for absent options, then check required ones.
  return todo('parseCli');
}
