import { describe, expect, it } from 'vitest';
import { bound } from '@impl/01-functions-decorators/bound';

// Oracle: JavaScript's own method binding. Each test defines its class inside the test, so the
// decorator runs there.
function makeCounter() {
  class Counter {
    count = 0;
    constructor(readonly label: string) {}
    @bound
    increment(by = 1): string {
      this.count += by;
      return `${this.label}:${this.count}`;
    }
  }
  return Counter;
}

describe('@bound', () => {
  it('keeps `this` when the method is called detached', () => {
    const Counter = makeCounter();
    const c = new Counter('a');
    const { increment } = c;
    expect(increment()).toBe('a:1');
    expect(increment(5)).toBe('a:6');
    expect(c.count).toBe(6);
  });

  it('works as a callback passed to another function', () => {
    const Counter = makeCounter();
    const c = new Counter('cb');
    const results = [1, 2, 3].map((n) => c.increment.call(undefined, n));
    expect(results).toEqual(['cb:1', 'cb:3', 'cb:6']);
    const viaApply = Reflect.apply(c.increment, { label: 'someone else', count: 100 }, [1]);
    expect(viaApply).toBe('cb:7');
  });

  it('binds each instance to itself', () => {
    const Counter = makeCounter();
    const a = new Counter('a');
    const b = new Counter('b');
    const fa = a.increment;
    const fb = b.increment;
    expect([fa(), fb(), fa()]).toEqual(['a:1', 'b:1', 'a:2']);
    expect(fa).not.toBe(fb);
  });

  it('gives the same function on every access, so it can be removed as a listener later', () => {
    const Counter = makeCounter();
    const c = new Counter('x');
    expect(c.increment).toBe(c.increment);
  });

  it('is already bound when field initialisers run', () => {
    class Widget {
      name = 'widget';
      @bound
      describe(): string {
        return `I am ${this.name}`;
      }
      handler = this.describe; // a field, captured before the constructor body
    }
    const w = new Widget();
    const { handler } = w;
    expect(handler()).toBe('I am widget');
  });

  it('leaves the original method on the prototype', () => {
    const Counter = makeCounter();
    const c = new Counter('p');
    expect(typeof Counter.prototype.increment).toBe('function');
    expect(Counter.prototype.increment.call(c, 2)).toBe('p:2');
    expect(Object.hasOwn(c, 'increment')).toBe(true);
  });

  it("binds a subclass's override, not the base method", () => {
    class Base {
      tag = 'base-instance';
      @bound
      who(): string {
        return `Base.who on ${this.tag}`;
      }
    }
    class Child extends Base {
      override tag = 'child-instance';
      override who(): string {
        return `Child.who on ${this.tag}`;
      }
    }
    const { who } = new Child();
    expect(who()).toBe('Child.who on child-instance');
  });

  it('binds a static method to its class', () => {
    class Registry {
      static items = ['a', 'b'];
      @bound
      static count(): number {
        return this.items.length;
      }
    }
    const { count } = Registry;
    expect(count()).toBe(2);
  });

  it('refuses a private method with a TypeError', () => {
    let error: unknown;
    try {
      class Secret {
        @bound
        #hidden(): number {
          return 1;
        }
        peek() {
          return this.#hidden();
        }
      }
      void Secret;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
  });
});
