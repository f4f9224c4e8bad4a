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
  const options: Readonly<Record<string, OptionSpec>> = spec.options ?? {};
  const optionOf = (name: string): OptionSpec | undefined => (Object.hasOwn(options, name) ? options[name] : undefined);
  const takesValue = (name: string) => {
    const t = optionOf(name)?.type;
    return t === 'string' || t === 'number';
  };
  const longForShort = (letter: string) => Object.keys(options).find((k) => options[k]!.short === letter) ?? letter;

  // Phase 1: turn argv into tokens, as parseArgs does (this phase never fails).
  type Token = { kind: 'option'; name: string; raw: string; value: string | undefined; inline: boolean } | { kind: 'positional'; value: string };
  const tokens: Token[] = [];
  const rest = [...argv];
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === '--') {
      for (const p of rest.splice(0)) tokens.push({ kind: 'positional', value: p });
      break;
    }
    const isShort = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) {
      // -x, maybe followed by its value
      const name = longForShort(arg[1]!);
      const value = takesValue(name) && rest.length > 0 ? rest.shift() : undefined;
      tokens.push({ kind: 'option', name, raw: arg, value, inline: false });
      continue;
    }
    if (isShort && !takesValue(longForShort(arg[1]!))) {
      // -abc → -a -b -c; a value-taking letter swallows the rest of the group.
      const expanded: string[] = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg[i]!;
        if (!takesValue(longForShort(letter)) || i === arg.length - 1) expanded.push(`-${letter}`);
        else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      rest.unshift(...expanded);
      continue;
    }
    if (isShort) {
      // -fVALUE
      tokens.push({ kind: 'option', name: longForShort(arg[1]!), raw: `-${arg[1]}`, value: arg.slice(2), inline: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        const name = arg.slice(2);
        const value = takesValue(name) && rest.length > 0 ? rest.shift() : undefined;
        tokens.push({ kind: 'option', name, raw: arg, value, inline: false });
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, raw: `--${name}`, value: arg.slice(eq + 1), inline: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', value: arg });
  }

  // Phase 2: check and store each token in order.
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') {
      if (!spec.allowPositionals) throw new CliError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', `Unexpected argument '${t.value}'`);
      positionals.push(t.value);
      continue;
    }
    const opt = optionOf(t.name);
    if (!opt) throw new CliError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${t.raw}'`);
    let value: string | number | boolean;
    if (opt.type === 'boolean') {
      if (t.value !== undefined) throw new CliError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '--${t.name}' does not take an argument`);
      value = true;
    } else {
      if (t.value === undefined) throw new CliError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '--${t.name} <value>' argument missing`);
      if (!t.inline && t.value.length > 1 && t.value[0] === '-') {
        throw new CliError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${t.raw}' argument is ambiguous; write '--${t.name}=${t.value}'`);
      }
      value = t.value;
      if (opt.type === 'number') {
        const n = Number(t.value);
        if (t.value.trim() === '' || Number.isNaN(n)) throw new CliError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '--${t.name}' expects a number, got '${t.value}'`);
        value = n;
      }
      if (opt.choices && !opt.choices.includes(value as string | number)) {
        throw new CliError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '--${t.name}': invalid choice '${t.value}' (choose from ${opt.choices.join(', ')})`);
      }
    }
    if (opt.multiple) ((values[t.name] ??= []) as unknown[]).push(value);
    else values[t.name] = value;
  }

  // Phase 3: defaults, then required options.
  for (const [name, opt] of Object.entries(options)) {
    if (values[name] === undefined && opt.default !== undefined) values[name] = opt.default;
  }
  for (const [name, opt] of Object.entries(options)) {
    // `=== undefined`, not falsiness: `--name=` gives '' and counts as present.
    if (opt.required && values[name] === undefined) throw new CliError('ERR_PARSE_ARGS_MISSING_OPTION', `Option '--${name}' is required`);
  }
  return { values: values as CliValues<OptionsOf<S>>, positionals };
}
