import { describe, expect, it } from 'vitest';
import { matches } from '../src/query-matcher.ts';

const ada = { name: 'Ada', born: 1815, tags: ['math', 'poetry'], address: { city: 'London' } };

describe('matches', () => {
  it('matches fields by equality and operators', () => {
    expect(matches(ada, { name: 'Ada', born: { $lt: 1900 } })).toBe(true);
    expect(matches(ada, { born: { $gt: 1900 } })).toBe(false);
  });
  it('matches an array field when one element matches', () => {
    expect(matches(ada, { tags: 'poetry' })).toBe(true);
  });
  it('follows dotted paths and lets null match a missing field', () => {
    expect(matches(ada, { 'address.city': 'London', nickname: null })).toBe(true);
  });
});
