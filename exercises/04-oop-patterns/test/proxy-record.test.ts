import { describe, expect, it } from 'vitest';
import { createRecord } from '../src/proxy-record.ts';

const makePerson = () =>
  createRecord({ name: 'string', age: 'integer', email: { type: 'string', optional: true } }, { name: 'Person' });

describe('createRecord', () => {
  it('reads and writes declared fields', () => {
    const ada = makePerson()({ name: 'Ada', age: 36 });
    ada.age = 37;
    expect([ada.name, ada.age, ada.email]).toEqual(['Ada', 37, undefined]);
  });
  it('refuses unknown fields and wrong types', () => {
    const ada = makePerson()({ name: 'Ada', age: 36 });
    expect(() => (ada as unknown as Record<string, unknown>).agee).toThrow(TypeError);
    expect(() => {
      (ada as unknown as Record<string, unknown>).age = 'old';
    }).toThrow(TypeError);
  });
  it('lists its fields in schema order', () => {
    expect(Object.keys(makePerson()({ name: 'Ada', age: 36 }))).toEqual(['name', 'age', 'email']);
  });
});
