import { describe, expect, it } from 'vitest';
import { observable, observe, type ChangeEvent } from '../src/observable-accessor.ts';

describe('@observable accessor', () => {
  it('tells listeners about each change', () => {
    class Temperature {
      @observable accessor celsius = 20;
    }
    const t = new Temperature();
    const log: ChangeEvent[] = [];
    observe(t, (e) => log.push(e));
    t.celsius = 25;
    t.celsius = 25; // same value: no event
    expect(log).toEqual([{ property: 'celsius', oldValue: 20, newValue: 25 }]);
  });
  it('stops after unsubscribing', () => {
    class Flag {
      @observable accessor on = false;
    }
    const f = new Flag();
    const seen: unknown[] = [];
    const off = observe(f, (e) => seen.push(e.newValue));
    f.on = true;
    off();
    f.on = false;
    expect(seen).toEqual([true]);
  });
});
