// Mistake: returns a wrapper that forwards `this`, which changes nothing for a detached call.
export function bound<This extends object, Args extends unknown[], R>(
  method: (this: This, ...args: Args) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => R>,
): void {
  void context;
  // A method decorator may return a replacement; this one still receives whatever `this`
  // the caller supplies.
  return function (this: This, ...args: Args): R {
    return method.apply(this, args);
  } as unknown as void;
}
