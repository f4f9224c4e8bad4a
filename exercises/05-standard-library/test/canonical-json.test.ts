import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and prints numbers the ECMAScript way', () => {
    expect(canonicalJson({ b: [1, 2.5, 1e30], a: 'x' })).toBe('{"a":"x","b":[1,2.5,1e+30]}');
  });
  it('sorts integer-like keys as strings ("10" before "9")', () => {
    expect(canonicalJson({ 9: true, 10: false })).toBe('{"10":false,"9":true}');
  });
  it('rejects NaN', () => {
    expect(() => canonicalJson(NaN)).toThrow(TypeError);
  });
});
