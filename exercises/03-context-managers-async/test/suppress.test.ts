import { describe, expect, it } from 'vitest';
import { suppress } from '../src/suppress.ts';

class NotFound extends Error {}

describe('suppress', () => {
  it('swallows a listed error and returns undefined', () => {
    expect(suppress(NotFound)(() => { throw new NotFound('gone'); })).toBeUndefined();
  });
  it('lets other errors through', () => {
    expect(() => suppress(NotFound)(() => { throw new TypeError('bad'); })).toThrow(TypeError);
  });
  it('returns the body\'s value when nothing is thrown', () => {
    expect(suppress(NotFound)(() => 42)).toBe(42);
  });
});
