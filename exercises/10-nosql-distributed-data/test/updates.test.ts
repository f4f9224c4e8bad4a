import { describe, expect, it } from 'vitest';
import { applyUpdate } from '../src/updates.ts';

describe('applyUpdate', () => {
  it('sets nested fields and increments counters', () => {
    const doc = { name: 'Ada', visits: 1 };
    expect(applyUpdate(doc, { $set: { 'address.city': 'London' }, $inc: { visits: 1 } })).toEqual({
      name: 'Ada',
      visits: 2,
      address: { city: 'London' },
    });
    expect(doc).toEqual({ name: 'Ada', visits: 1 });
  });
  it('adds to and pulls from arrays', () => {
    expect(applyUpdate({ tags: ['a', 'b'] }, { $addToSet: { tags: { $each: ['b', 'c'] } } })).toEqual({ tags: ['a', 'b', 'c'] });
    expect(applyUpdate({ scores: [40, 90, 20] }, { $pull: { scores: { $lt: 50 } } })).toEqual({ scores: [90] });
  });
});
