// Mistake: keeps one listener list for all objects, so every instance's changes reach every listener.
export interface ChangeEvent {
  property: string | symbol;
  oldValue: unknown;
  newValue: unknown;
}

export type ChangeListener = (event: ChangeEvent, target: object) => void;

let all: ChangeListener[] = [];

export function observe(target: object, listener: ChangeListener): () => void {
  void target;
  const subscription: ChangeListener = (event, t) => listener(event, t);
  all = [...all, subscription];
  return () => {
    all = all.filter((l) => l !== subscription);
  };
}

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
      if (Object.is(oldValue, newValue)) return;
      for (const listener of all) listener({ property: context.name, oldValue, newValue }, this);
    },
  };
}
