import { todo } from '@roadmap/todo';

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
export class Emitter<Events extends { [K in keyof Events]: unknown[] }> {
  constructor() {
    // TODO: a map from event name to the list of registrations.
    todo('Emitter');
  }

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    // TODO
    return todo('Emitter.on');
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    // TODO
    return todo('Emitter.once');
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): this {
    // TODO
    return todo('Emitter.off');
  }

  emit<K extends keyof Events>(event: K, ...args: Events[K]): boolean {
    // TODO
    return todo('Emitter.emit');
  }

  listenerCount<K extends keyof Events>(event: K): number {
    return todo('Emitter.listenerCount');
  }

  listeners<K extends keyof Events>(event: K): Listener<Events[K]>[] {
    return todo('Emitter.listeners');
  }
}
