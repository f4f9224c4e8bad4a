import { parseArgs, type ParseArgsConfig } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '@impl/05-standard-library/_errors';
import { parseCli, type CliSpec, type OptionSpec } from '@impl/05-standard-library/parse-cli';
import { everyCase, loadGolden, same } from './_kit.ts';

// Oracles: node:util parseArgs (strict mode) on the shared subset (string and boolean options,
// shorts, groups, multiple, defaults, positionals) and Python's argparse (goldens) for what goes
// beyond it (number, choices, required).

type Outcome = { ok: true; values: Record<string, unknown>; positionals: string[] } | { ok: false; code: string };

function viaParseArgs(args: string[], spec: CliSpec): Outcome {
  try {
    const r = parseArgs({
      args,
      options: spec.options as unknown as ParseArgsConfig['options'],
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    });
    return { ok: true, values: { ...r.values }, positionals: r.positionals };
  } catch (e) {
    return { ok: false, code: (e as { code: string }).code };
  }
}
function viaParseCli(args: string[], spec: CliSpec): Outcome {
  try {
    const r = parseCli(args, spec);
    return { ok: true, values: { ...(r.values as Record<string, unknown>) }, positionals: r.positionals };
  } catch (e) {
    if (e instanceof CliError) return { ok: false, code: e.code };
    throw e;
  }
}
const agrees = (args: string[], spec: CliSpec) => {
  expect({ argv: args, result: viaParseCli(args, spec) }).toEqual({ argv: args, result: viaParseArgs(args, spec) });
};

// ---- random specs and command lines over the shared subset -----------------------------------
const longNames = ['verbose', 'quiet', 'out', 'name', 'tag', 'level'];
const letters = ['v', 'q', 'o', 'n', 't', 'x'];
const optionSpec = fc.record(
  {
    type: fc.constantFrom<'string' | 'boolean'>('string', 'boolean'),
    multiple: fc.boolean(),
    withDefault: fc.boolean(),
  },
  { requiredKeys: ['type', 'multiple', 'withDefault'] },
);
const specArb = fc
  .tuple(
    fc.subarray(longNames, { minLength: 1 }),
    fc.shuffledSubarray(letters),
    fc.array(optionSpec, { minLength: longNames.length, maxLength: longNames.length }),
    fc.boolean(),
  )
  .map(([names, shorts, configs, allowPositionals]) => {
    const options: Record<string, OptionSpec> = {};
    names.forEach((name, i) => {
      const c = configs[i]!;
      const o: OptionSpec = { type: c.type };
      if (shorts[i] !== undefined) o.short = shorts[i];
      if (c.multiple) o.multiple = true;
      if (c.withDefault) o.default = c.type === 'boolean' ? (c.multiple ? [false] : false) : c.multiple ? ['d1', 'd2'] : 'dflt';
      options[name] = o;
    });
    return { options, allowPositionals } satisfies CliSpec;
  });
const argvFor = (spec: { options: Record<string, OptionSpec> }) => {
  const names = Object.keys(spec.options);
  const shorts = names.map((n) => spec.options[n]!.short).filter((s): s is string => !!s);
  const value = fc.constantFrom('a', 'b c', '', '-', '-x', '--y', '=', 'v=1');
  const token = fc.oneof(
    fc.constantFrom(...names).map((n) => `--${n}`),
    fc.tuple(fc.constantFrom(...names), value).map(([n, v]) => `--${n}=${v}`),
    ...(shorts.length
      ? [
          fc.constantFrom(...shorts).map((s) => `-${s}`),
          fc.tuple(fc.constantFrom(...shorts), fc.constantFrom('a', 'xyz', '-1')).map(([s, v]) => `-${s}${v}`),
          fc.array(fc.constantFrom(...shorts), { minLength: 2, maxLength: 3 }).map((g) => `-${g.join('')}`),
          fc.tuple(fc.array(fc.constantFrom(...shorts), { minLength: 1, maxLength: 2 }), fc.constantFrom('val', '')).map(([g, v]) => `-${g.join('')}${v}`),
        ]
      : []),
    fc.constantFrom('--nope', '-z', '--nope=1', '-zv'),
    fc.constantFrom('file.txt', 'x y', '-', '', '--', '-1'),
    value,
  );
  return fc.array(token, { maxLength: 7 });
};

interface ArgparseCase {
  argv: string[];
  ok: boolean;
  values?: Record<string, unknown>;
  positionals?: string[];
}
const argparse = loadGolden<{ argparse: ArgparseCase[] }>('parse-cli').argparse;
// The spec equivalent to the argparse parser in grader/goldens/05-standard-library.py.
const toolSpec = {
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    count: { type: 'number', short: 'n' },
    mode: { type: 'string', choices: ['fast', 'slow'], default: 'fast' },
    name: { type: 'string', required: true },
    tag: { type: 'string', short: 't', multiple: true },
    level: { type: 'number', choices: [1, 2, 3] },
  },
  allowPositionals: true,
} as const satisfies CliSpec;

describe('parseCli', () => {
  it('matches parseArgs on random specs and command lines (values, positionals and error codes)', () => {
    fc.assert(
      fc.property(
        specArb.chain((spec) => fc.tuple(fc.constant(spec), argvFor(spec))),
        ([spec, argv]) => agrees(argv, spec),
      ),
      { numRuns: 250 },
    );
  });

  it('reads --name value, --name=value, -n value and -nvalue', () => {
    const spec: CliSpec = { options: { name: { type: 'string', short: 'n' } } };
    for (const argv of [['--name', 'ada'], ['--name=ada'], ['-n', 'ada'], ['-nada'], ['--name='], ['--name', '-']]) agrees(argv, spec);
  });

  it('expands short groups, letting a value-taking letter swallow the rest of the group', () => {
    const spec: CliSpec = { options: { all: { type: 'boolean', short: 'a' }, big: { type: 'boolean', short: 'b' }, file: { type: 'string', short: 'f' } } };
    for (const argv of [['-ab'], ['-abfout.txt'], ['-abf', 'out.txt'], ['-afb'], ['-ba']]) agrees(argv, spec);
  });

  it('treats everything after -- as positionals', () => {
    const spec: CliSpec = { options: { verbose: { type: 'boolean', short: 'v' } }, allowPositionals: true };
    agrees(['-v', '--', '-v', '--verbose', '--'], spec);
  });

  it('rejects an ambiguous value that looks like an option, unless it is written inline', () => {
    const spec: CliSpec = { options: { out: { type: 'string', short: 'o' }, verbose: { type: 'boolean', short: 'v' } } };
    for (const argv of [['--out', '-v'], ['-o', '--verbose'], ['--out=-v'], ['-o-v'], ['--out', '-']]) agrees(argv, spec);
  });

  it('rejects unknown options, missing values, values for booleans and unexpected positionals with their codes', () => {
    const spec: CliSpec = { options: { out: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } };
    for (const argv of [['--nope'], ['-x'], ['--out'], ['--verbose=yes'], ['file'], ['-vx'], ['file', '--nope']]) agrees(argv, spec);
  });

  it('collects multiple occurrences in order and lets the last one win otherwise', () => {
    const spec: CliSpec = { options: { tag: { type: 'string', short: 't', multiple: true }, out: { type: 'string' } } };
    agrees(['-t', 'a', '--tag=b', '-tc', '--out', 'x', '--out', 'y'], spec);
  });

  it('applies defaults only to absent options', () => {
    const spec: CliSpec = {
      options: { mode: { type: 'string', default: 'fast' }, tag: { type: 'string', multiple: true, default: ['x'] }, v: { type: 'boolean', default: false } },
    };
    agrees([], spec);
    agrees(['--mode', 'slow', '--tag', 'y'], spec);
  });

  it('matches argparse for number, choices and required options', () => {
    everyCase(
      argparse,
      (c) => `parse_args(${JSON.stringify(c.argv)})`,
      (c) => {
        const got = viaParseCli(c.argv, toolSpec as CliSpec);
        if (!c.ok) same(got.ok ? got : { ok: false }, { ok: false }, 'outcome (argparse rejects this command line)');
        else same(got, { ok: true, values: c.values, positionals: c.positionals }, 'outcome');
      },
    );
  });

  it('reports the extension errors with their codes', () => {
    const codeOf = (argv: string[]) => {
      const r = viaParseCli(argv, toolSpec as CliSpec);
      return r.ok ? 'ok' : r.code;
    };
    expect(codeOf(['--name', 'ada', '--count', 'abc'])).toBe('ERR_PARSE_ARGS_INVALID_OPTION_VALUE');
    expect(codeOf(['--name', 'ada', '--mode', 'turbo'])).toBe('ERR_PARSE_ARGS_INVALID_OPTION_VALUE');
    expect(codeOf(['--mode', 'slow'])).toBe('ERR_PARSE_ARGS_MISSING_OPTION');
    expect(codeOf(['--name='])).toBe('ok');
  });

  it('throws CliError instances carrying the code', () => {
    let err: unknown;
    try {
      parseCli(['--bogus'], { options: {} });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).code).toBe('ERR_PARSE_ARGS_UNKNOWN_OPTION');
  });
});
