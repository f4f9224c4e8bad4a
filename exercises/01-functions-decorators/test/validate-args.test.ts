import { describe, expect, it } from 'vitest';
import { validateArgs } from '../src/validate-args.ts';

describe('@validateArgs', () => {
  it('lets valid calls through', () => {
    class People {
      @validateArgs({ name: 'string', age: 'integer' })
      describe(name: string, age: number) {
        return `${name} is ${age}`;
      }
    }
    expect(new People().describe('Ada', 36)).toBe('Ada is 36');
  });
  it('throws a TypeError naming the bad argument', () => {
    class People {
      @validateArgs({ name: 'string', age: 'integer' })
      describe(name: string, age: number) {
        return `${name} is ${age}`;
      }
    }
    // Data from JSON or JavaScript callers is not checked by the compiler:
    const fromJson = JSON.parse('{"name": "Ada", "age": "36"}') as { name: string; age: number };
    expect(() => new People().describe(fromJson.name, fromJson.age)).toThrow(TypeError);
    expect(() => new People().describe(fromJson.name, fromJson.age)).toThrow(/argument "age"/);
  });
});
