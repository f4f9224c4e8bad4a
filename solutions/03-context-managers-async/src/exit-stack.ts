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
/** Builds the error the standard `SuppressedError` would: Node 20 has no such global yet. */
function suppressedError(error: unknown, suppressed: unknown): Error {
  const e = new Error('An error was suppressed during disposal.') as Error & { error: unknown; suppressed: unknown };
  e.name = 'SuppressedError';
  e.error = error;
  e.suppressed = suppressed;
  return e;
}

export class ExitStack implements Disposable {
  #cleanups: (() => void)[] = [];
  #disposed = false;

  constructor() {}

  /** True once the stack has been disposed. */
  get disposed(): boolean {
    return this.#disposed;
  }

  #assertOpen(what: string): void {
    if (this.#disposed) throw new ReferenceError(`ExitStack.${what}: the stack is already disposed`);
  }

  /** Python `enter_context(cm)`: registers `resource[Symbol.dispose]` and returns `resource`. */
  enter<T extends Disposable | null | undefined>(resource: T): T {
    this.#assertOpen('enter');
    if (resource === null || resource === undefined) return resource;
    // Look the method up now (as `using` does): a resource that is not disposable fails here,
    // where the mistake is, not later during cleanup.
    const dispose = (resource as Partial<Disposable>)[Symbol.dispose];
    if (typeof dispose !== 'function') throw new TypeError('ExitStack.enter: the resource has no [Symbol.dispose]() method');
    // .call keeps `this` === resource; a bare dispose() would lose it.
    this.#cleanups.push(() => dispose.call(resource));
    return resource;
  }

  /** Python `callback(fn, *args)`: registers `fn(...args)` and returns `fn`. */
  callback<A extends unknown[], F extends (...args: A) => unknown>(fn: F, ...args: A): F {
    this.#assertOpen('callback');
    this.#cleanups.push(() => void fn(...args));
    return fn;
  }

  /** Python `pop_all()`: a new stack owning every registered cleanup; this one ends up empty. */
  popAll(): ExitStack {
    this.#assertOpen('popAll');
    const next = new ExitStack();
    next.#cleanups = this.#cleanups;
    this.#cleanups = [];
    return next;
  }

  /** Python `close()`: the same as disposing. */
  close(): void {
    this[Symbol.dispose]();
  }

  [Symbol.dispose](): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const cleanups = this.#cleanups;
    this.#cleanups = [];
    let failed = false;
    let pending: unknown;
    for (let i = cleanups.length - 1; i >= 0; i--) {
      try {
        cleanups[i]!();
      } catch (e) {
        // The newest error goes on top; what was pending becomes `.suppressed` (as `using` does).
        pending = failed ? suppressedError(e, pending) : e;
        failed = true;
      }
    }
    // `failed`, not `pending !== undefined`: `throw undefined` is legal and must not be lost.
    if (failed) throw pending;
  }
}
