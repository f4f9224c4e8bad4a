// Mistake: compares with ===, so NaN to NaN emits and 0 to -0 does not.
/** What a listener hears about one change. */
export interface ChangeEvent {
  /** The accessor's name (`context.name`). */
  property: string | symbol;
  oldValue: unknown;
  newValue: unknown;
}

export type ChangeListener = (event: ChangeEvent, target: object) => void;

// Listeners per object. A WeakMap does not keep observed objects alive.
const listeners = new WeakMap<object, ChangeListener[]>();

/**
 * Subscribes `listener` to the changes of `@observable` accessors on this one object.
 * Listeners run in subscription order. Returns a function that unsubscribes.
 */
export function observe(target: object, listener: ChangeListener): () => void {
  const subscription: ChangeListener = (event, t) => listener(event, t); // unique per call
  listeners.set(target, [...(listeners.get(target) ?? []), subscription]);
  return () => {
    listeners.set(target, (listeners.get(target) ?? []).filter((l) => l !== subscription));
  };
}

/**
 * Python (a property whose setter notifies observers):
 * ```python
 * class Model:
 *     @property
 *     def x(self): return self._x
 *     @x.setter
 *     def x(self, value):
 *         old, self._x = self._x, value
 *         if old != value: notify(self, "x", old, value)
 * ```
 * TypeScript, with a TC39 `accessor` field (a getter/setter pair over hidden storage):
 * ```ts
 * class Model {
 *   @observable accessor x = 0;
 * }
 * const m = new Model();
 * observe(m, (e) => console.log(e)); // { property: 'x', oldValue: 0, newValue: 5 }
 * m.x = 5;
 * ```
 * Setting emits one event after the new value is stored (a listener reading the property sees
 * the new value). No event when the value does not change by `Object.is` (so NaN to NaN is
 * silent and 0 to -0 is not), and none for the initial value.
 */
export function observable<This extends object, V>(
  target: ClassAccessorDecoratorTarget<This, V>,
  context: ClassAccessorDecoratorContext<This, V>,
): ClassAccessorDecoratorResult<This, V> {
  return {
    get(this: This): V {
      return target.get.call(this);
    },
    set(this: This, newValue: V): void {
      const oldValue = target.get.call(this);
      target.set.call(this, newValue);
      if (oldValue === newValue) return;
      const event: ChangeEvent = { property: context.name, oldValue, newValue };
      // The list is replaced, never mutated, on (un)subscribe: a listener that unsubscribes
      // during this loop does not disturb it.
      for (const listener of listeners.get(this) ?? []) listener(event, this);
    },
    // No `init`: the initial value is stored as is and emits nothing.
  };
}
