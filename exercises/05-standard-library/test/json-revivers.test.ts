import { describe, expect, it } from 'vitest';
import { fromJson, toJson } from '../src/json-revivers.ts';

describe('json revivers', () => {
  it('round-trips a Date', () => {
    const back = fromJson(toJson({ when: new Date(0) })) as { when: Date };
    expect(back.when).toBeInstanceOf(Date);
    expect(back.when.getTime()).toBe(0);
  });
  it('round-trips a Map of Sets and a bigint', () => {
    const v = { m: new Map([['k', new Set([1, 2])]]), n: 10n ** 20n };
    expect(fromJson(toJson(v))).toEqual(v);
  });
  it('writes the tagged format', () => {
    expect(toJson(new Set([1]))).toBe('{"$type":"Set","value":[1]}');
  });
});
