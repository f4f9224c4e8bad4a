import { describe, expect, it } from 'vitest';
import { observable, observe, type ChangeEvent } from '@impl/01-functions-decorators/observable-accessor';

// Oracle: an event log, compared with the sequence of assignments the test makes.
function makePoint() {
  class Point {
    @observable accessor x = 0;
    @observable accessor y = 0;
    untracked = 'plain field';
  }
  return Point;
}

function record(target: object) {
  const log: ChangeEvent[] = [];
  const off = observe(target, (e) => log.push(e));
  return { log, off };
}

describe('@observable accessor', () => {
  it('emits one event per change with the old and new value', () => {
    const Point = makePoint();
    const p = new Point();
    const { log } = record(p);
    p.x = 3;
    p.y = 4;
    p.x = 5;
    expect(log).toEqual([
      { property: 'x', oldValue: 0, newValue: 3 },
      { property: 'y', oldValue: 0, newValue: 4 },
      { property: 'x', oldValue: 3, newValue: 5 },
    ]);
    expect([p.x, p.y]).toEqual([5, 4]);
  });

  it('stores the value before notifying, so a listener reads the new value', () => {
    const Point = makePoint();
    const p = new Point();
    const seen: number[] = [];
    observe(p, () => seen.push(p.x));
    p.x = 9;
    expect(seen).toEqual([9]);
  });

  it('does not emit for the initial value', () => {
    const Point = makePoint();
    const p = new Point();
    const { log } = record(p);
    expect(p.x).toBe(0);
    expect(log).toEqual([]);
  });

  it('does not emit when the value stays the same (Object.is), including NaN to NaN', () => {
    class Gauge {
      @observable accessor level = 1;
      @observable accessor reading = Number.NaN;
      @observable accessor zero = 0;
    }
    const g = new Gauge();
    const { log } = record(g);
    g.level = 1;
    g.reading = Number.NaN;
    g.zero = -0; // Object.is(0, -0) is false: this is a change
    g.level = 2;
    expect(log).toEqual([
      { property: 'zero', oldValue: 0, newValue: -0 },
      { property: 'level', oldValue: 1, newValue: 2 },
    ]);
  });

  it('keeps listeners per object: changes on one instance do not reach another', () => {
    const Point = makePoint();
    const a = new Point();
    const b = new Point();
    const la = record(a).log;
    const lb = record(b).log;
    a.x = 1;
    b.y = 2;
    expect(la).toEqual([{ property: 'x', oldValue: 0, newValue: 1 }]);
    expect(lb).toEqual([{ property: 'y', oldValue: 0, newValue: 2 }]);
    expect(a.y).toBe(0);
    expect(b.x).toBe(0);
  });

  it('calls several listeners in subscription order and passes the target', () => {
    const Point = makePoint();
    const p = new Point();
    const calls: string[] = [];
    observe(p, (e, t) => calls.push(`first ${String(e.property)} ${t === p}`));
    observe(p, (e, t) => calls.push(`second ${String(e.property)} ${t === p}`));
    p.x = 1;
    expect(calls).toEqual(['first x true', 'second x true']);
  });

  it('stops notifying after unsubscribe, without affecting other listeners', () => {
    const Point = makePoint();
    const p = new Point();
    const one = record(p);
    const two = record(p);
    p.x = 1;
    one.off();
    p.x = 2;
    expect(one.log.map((e) => e.newValue)).toEqual([1]);
    expect(two.log.map((e) => e.newValue)).toEqual([1, 2]);
  });

  it('lets the same listener function subscribe to two objects', () => {
    const Point = makePoint();
    const a = new Point();
    const b = new Point();
    const log: string[] = [];
    const listener = (e: ChangeEvent, t: object) => log.push(`${t === a ? 'a' : 'b'}.${String(e.property)}=${String(e.newValue)}`);
    observe(a, listener);
    const offB = observe(b, listener);
    a.x = 1;
    b.x = 2;
    offB();
    b.x = 3;
    a.y = 4;
    expect(log).toEqual(['a.x=1', 'b.x=2', 'a.y=4']);
  });

  it('works for accessors inherited from a base class', () => {
    class Base {
      @observable accessor name = 'base';
    }
    class Derived extends Base {
      extra = 1;
    }
    const d = new Derived();
    const { log } = record(d);
    d.name = 'derived';
    expect(log).toEqual([{ property: 'name', oldValue: 'base', newValue: 'derived' }]);
  });

  it('does not emit for ordinary fields', () => {
    const Point = makePoint();
    const p = new Point();
    const { log } = record(p);
    p.untracked = 'changed';
    expect(log).toEqual([]);
    p.x = 1;
    expect(log.length).toBe(1);
  });
});
