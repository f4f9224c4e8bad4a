import { todo } from '@roadmap/todo';

/**
 * Python binds for you: `f = obj.method` is a bound method that remembers `obj`.
 * JavaScript does not: `const f = obj.method; f()` runs with `this === undefined`.
 *
 * `@bound` fixes that per instance, the way you would by hand with
 * `this.method = this.method.bind(this)` in the constructor:
 * ```ts
 * class Button {
 *   constructor(readonly label: string) {}
 *   @bound onClick() { return this.label; }
 * }
 * const { onClick } = new Button('OK');
 * onClick(); // 'OK'
 * ```
 * Uses `context.addInitializer`, which runs for every new instance before its fields are
 * initialised. Binds whatever `this[name]` is at that moment, so a subclass override is the
 * one that gets bound. Throws a `TypeError` when applied to a private (`#name`) method.
 */
export function bound<This extends object, Args extends unknown[], R>(
  method: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
): void {
  // TODO: reject private methods; register an initializer that stores a bound copy of
  // this[context.name] on the instance.
  return todo('bound');
}
