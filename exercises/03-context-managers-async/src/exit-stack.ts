import { todo } from '@roadmap/todo';

/**
 * Python:
 * ```python
 * with contextlib.ExitStack() as stack:
 *     files = [stack.enter_context(open(name)) for name in names]
 *     stack.callback(print, "closing")
 *     keep = stack.pop_all()           # hand the open files to someone else
 * ```
 * TypeScript:
 * ```ts
 * {
 *   using stack = new ExitStack();
 *   const files = names.map((n) => stack.enter(openFile(n)));
 *   stack.callback(console.log, 'closing');
 *   const keep = stack.popAll();
 * }
 * ```
 * Rules (those of the standard `DisposableStack`, which Node 20 does not have yet):
 * - `enter(resource)` remembers the resource's `[Symbol.dispose]` method (looked up now, called
 *   later with `this === resource`) and returns the resource. `null`/`undefined` are accepted and
 *   ignored; anything else without a dispose method is a `TypeError`, thrown at once.
 * - `callback(fn, ...args)` remembers `fn(...args)` and returns `fn`.
 * - Disposing runs everything in reverse order of registration (LIFO). A callback that throws
 *   does not stop the others. One error is rethrown as is; with several, each later error wraps
 *   the earlier one: an `Error` whose `name` is `'SuppressedError'`, with `error` (the newer
 *   error) and `suppressed` (what was pending before), so the last callback to run ends up on top.
 * - Disposing twice does nothing the second time. After disposal, `enter`, `callback` and
 *   `popAll` throw a `ReferenceError`.
 * - `popAll()` moves every registered callback to a new `ExitStack` and returns it; this one is
 *   left empty (and usable).
 */
export class ExitStack implements Disposable {
  constructor() {
    // TODO: set up the list of registered cleanups (and whatever else you track).
    todo('ExitStack');
  }

  /** True once the stack has been disposed. */
  get disposed(): boolean {
    return todo('ExitStack.disposed');
  }

  /** Python `enter_context(cm)`: registers `resource[Symbol.dispose]` and returns `resource`. */
  enter<T extends Disposable | null | undefined>(resource: T): T {
    // TODO: validate, capture the dispose method now, register a cleanup that calls it on the resource.
    return todo('ExitStack.enter');
  }

  /** Python `callback(fn, *args)`: registers `fn(...args)` and returns `fn`. */
  callback<A extends unknown[], F extends (...args: A) => unknown>(fn: F, ...args: A): F {
    // TODO: register a cleanup that calls fn(...args).
    return todo('ExitStack.callback');
  }

  /** Python `pop_all()`: a new stack owning every registered cleanup; this one ends up empty. */
  popAll(): ExitStack {
    // TODO
    return todo('ExitStack.popAll');
  }

  /** Python `close()`: the same as disposing. */
  close(): void {
    this[Symbol.dispose]();
  }

  [Symbol.dispose](): void {
    // TODO: run the cleanups LIFO, keep going after errors, combine errors into SuppressedError-shaped ones.
    todo('ExitStack[Symbol.dispose]');
  }
}
