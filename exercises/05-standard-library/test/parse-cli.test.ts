import { describe, expect, it } from 'vitest';
import { parseCli } from '../src/parse-cli.ts';

const spec = {
  options: {
    verbose: { type: 'boolean', short: 'v' },
    tag: { type: 'string', short: 't', multiple: true },
    count: { type: 'number', default: 1 },
  },
  allowPositionals: true,
} as const;

describe('parseCli', () => {
  it('parses long, short and grouped options and positionals', () => {
    expect(parseCli(['-vt', 'a', '--tag=b', 'file.txt', '--count', '3'], spec)).toEqual({
      values: { verbose: true, tag: ['a', 'b'], count: 3 },
      positionals: ['file.txt'],
    });
  });
  it('fills in defaults', () => {
    expect(parseCli([], spec).values).toEqual({ count: 1 });
  });
  it('rejects an unknown option with parseArgs\'s error code', () => {
    expect(() => parseCli(['--nope'], spec)).toThrow(expect.objectContaining({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }));
  });
});
