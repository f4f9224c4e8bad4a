import { describe, expect, it } from 'vitest';
import { bound } from '../src/bound.ts';

describe('@bound', () => {
  it('keeps `this` when the method is passed around', () => {
    class Greeter {
      constructor(readonly name: string) {}
      @bound
      greet() {
        return `hello from ${this.name}`;
      }
    }
    const { greet } = new Greeter('Ada'); // a detached method, like Python's bound method
    expect(greet()).toBe('hello from Ada');
  });
  it('binds every instance separately', () => {
    class Box {
      constructor(readonly value: number) {}
      @bound
      get() {
        return this.value;
      }
    }
    const getters = [new Box(1), new Box(2)].map((b) => b.get);
    expect(getters.map((g) => g())).toEqual([1, 2]);
  });
});
