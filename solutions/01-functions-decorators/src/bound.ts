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
  const name = context.name;
  if (context.private) {
    throw new TypeError(`@bound cannot bind the private method ${String(name)}: there is no property to replace.`);
  }
  context.addInitializer(function (this: This) {
    const self = this as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>;
    // Look the method up on the instance rather than binding `method`: if a subclass
    // overrides it, the override is what a caller of `obj[name]` expects.
    self[name] = self[name]!.bind(this);
  });
}
