// Mistake: removes a once listener only after calling it, so a listener that re-emits its own event runs again.
/** A listener for an event whose payload is the tuple `A`. */
export type Listener<A extends unknown[]> = (...args: A) => void;

/**
 * Python has no built-in event emitter; the pattern is the Observer (a dict of callback
 * lists), e.g. `blinker` signals:
 * ```python
 * class Emitter:
 *     def __init__(self): self._listeners = defaultdict(list)
 *     def on(self, event, fn): self._listeners[event].append(fn)
 *     def emit(self, event, *args):
 *         for fn in list(self._listeners[event]): fn(*args)
 * ```
 * TypeScript adds what Python's type hints cannot easily say: each event name has its own
 * payload type, checked at every `on` and `emit`.
 * ```ts
 * type Events = { data: [chunk: string]; end: [] };
 * const e = new Emitter<Events>();
 * e.on('data', (chunk) => chunk.toUpperCase());   // chunk: string
 * e.emit('data', 42);                              // compile error
 * ```
 * Behaviour, exactly that of Node's `EventEmitter` (node:events) for these methods:
 * - `on` appends a listener (the same function may be added more than once); `on`, `once` and
 *   `off` return `this`.
 * - `emit` calls the listeners that were registered when it started, in order, with `this` set
 *   to the emitter, and returns whether there were any. Listeners added during an emit wait for
 *   the next one; listeners removed during an emit are still called in this one.
 * - `once` listeners are removed just *before* they are called, and are called at most once even
 *   when the event is emitted again from inside a listener.
 * - `off(event, fn)` removes the most recently added registration of `fn`, whether it came from
 *   `on` or `once`; `listeners(event)` returns the functions as given (not wrappers).
 * - A listener that throws stops the emit; the error propagates to the caller of `emit`.
 * - `emit('error', err)` with no `'error'` listener throws `err` (if it is not an Error, an Error
 *   describing it).
 */
/** One registration; a `once` registration remembers whether it has fired. */
// The map holds every event's listeners, so it stores them untyped; the methods restore the types.
type AnyListener = (...args: never[]) => void;
type Entry = { listener: AnyListener; once: boolean; fired: boolean };

export class Emitter<Events extends { [K in keyof Events]: unknown[] }> {
  readonly #events = new Map<keyof Events, Entry[]>();

  constructor() {}

  #add(event: keyof Events, listener: AnyListener, once: boolean): this {
    const list = this.#events.get(event) ?? [];
    list.push({ listener, once, fired: false });
    this.#events.set(event, list);
    return this;
  }

  #remove(event: keyof Events, entry: Entry): void {
    const list = this.#events.get(event);
    const i = list ? list.lastIndexOf(entry) : -1;
    if (i >= 0) list!.splice(i, 1);
  }

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    return this.#add(event, listener as unknown as AnyListener, false);
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    return this.#add(event, listener as unknown as AnyListener, true);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    const list = this.#events.get(event) ?? [];
    // From the end: the most recent registration goes first, as in Node.
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.listener === (listener as unknown as AnyListener)) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): boolean {
    const list = this.#events.get(event) ?? [];
    if (list.length === 0) {
      if (event === 'error') {
        const err = args[0];
        throw err instanceof Error ? err : new Error(`Unhandled error. (${String(err)})`);
      }
      return false;
    }
    // A snapshot: changes made by the listeners apply from the next emit on.
    for (const entry of [...list]) {
      if (entry.once) {
        // The flag covers a nested emit that reaches this entry first; removing before the
        // call means a listener that emits the same event does not see itself again.
        (entry.listener as unknown as (...a: unknown[]) => void).apply(this, args);
        this.#remove(event, entry);
        continue;
      }
      (entry.listener as unknown as (...a: unknown[]) => void).apply(this, args);
    }
    return true;
  }

  listenerCount<K extends keyof Events>(event: K): number {
    return this.#events.get(event)?.length ?? 0;
  }

  listeners<K extends keyof Events>(event: K): Listener<Events[K]>[] {
    return (this.#events.get(event) ?? []).map((e) => e.listener as unknown as Listener<Events[K]>);
  }
}
