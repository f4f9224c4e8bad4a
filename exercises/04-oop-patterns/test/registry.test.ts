import { describe, expect, it } from 'vitest';
import { Registry, register } from '../src/registry.ts';

abstract class Reader {
  abstract read(): string;
}

describe('Registry', () => {
  it('registers classes when they are defined', () => {
    const readers = new Registry<typeof Reader>({ base: Reader });
    @readers.register('csv')
    class CsvReader extends Reader {
      read() {
        return 'a,b';
      }
    }
    @register(readers)
    class Json extends Reader {
      read() {
        return '{}';
      }
    }
    expect(readers.names()).toEqual(['csv', 'json']);
    expect(readers.get('csv')).toBe(CsvReader);
    expect(readers.create('json')).toBeInstanceOf(Json);
  });
  it('refuses a name that is already taken', () => {
    const r = new Registry();
    @r.register('x')
    class A {}
    expect(() => {
      @r.register('x')
      class B {}
      return B;
    }).toThrow(RangeError);
    expect(r.get('x')).toBe(A);
  });
});
