import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExitStack } from '@impl/03-context-managers-async/exit-stack';

// The oracle for disposal order and error aggregation is the language itself: the same
// resources held by nested `using` declarations must give the same log and the same error tree.

type Op = { kind: 'enter' | 'callback'; throws: boolean };

/** A printable shape of a thrown value: SuppressedError trees become nested objects. */
const shape = (e: unknown): unknown => {
  if (e instanceof Error && e.name === 'SuppressedError') {
    const s = e as Error & { error?: unknown; suppressed?: unknown };
    return { SuppressedError: { error: shape(s.error), suppressed: shape(s.suppressed) } };
  }
  return e instanceof Error ? e.message : e;
};

const outcome = (run: () => void): unknown => {
  try {
    run();
    return 'no error';
  } catch (e) {
    return shape(e);
  }
};

const resource = (log: string[], id: string, throws: boolean): Disposable => ({
  [Symbol.dispose]() {
    log.push(id);
    if (throws) throw new Error(`dispose ${id}`);
  },
});

/**
 * The reference: one `using` per op, nested by recursion. An ExitStack is itself one resource
 * of the block, so a body error sits outside all of them: the whole nest runs as the dispose
 * of a single `using` in the block that throws.
 */
function viaUsing(ops: Op[], log: string[], bodyError: boolean): unknown {
  const nest = (i: number): void => {
    if (i === ops.length) return;
    using _r = resource(log, `r${i}`, ops[i]!.throws);
    nest(i + 1);
  };
  return outcome(() => {
    using _stack = { [Symbol.dispose]: () => nest(0) };
    if (bodyError) throw new Error('body');
  });
}

function viaExitStack(ops: Op[], log: string[], bodyError: boolean): unknown {
  return outcome(() => {
    using stack = new ExitStack();
    ops.forEach((op, i) => {
      const id = `r${i}`;
      if (op.kind === 'enter') stack.enter(resource(log, id, op.throws));
      else
        stack.callback((name: string) => {
          log.push(name);
          if (op.throws) throw new Error(`dispose ${name}`);
        }, id);
    });
    if (bodyError) throw new Error('body');
  });
}

const opsArb = fc.array(fc.record({ kind: fc.constantFrom('enter' as const, 'callback' as const), throws: fc.boolean() }), { maxLength: 8 });

describe('ExitStack: agrees with nested `using` declarations', () => {
  it('matches their disposal order and error tree for random resources (no body error)', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const want: string[] = [];
        const got: string[] = [];
        const expected = viaUsing(ops, want, false);
        const received = viaExitStack(ops, got, false);
        expect({ log: got, error: received }).toEqual({ log: want, error: expected });
      }),
    );
  });
  it('matches them when the block itself throws too', () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const want: string[] = [];
        const got: string[] = [];
        const expected = viaUsing(ops, want, true);
        const received = viaExitStack(ops, got, true);
        expect({ log: got, error: received }).toEqual({ log: want, error: expected });
      }),
    );
  });
});

describe('ExitStack: scripted scenarios', () => {
  it('runs callbacks LIFO with their arguments and returns the callback', () => {
    const log: string[] = [];
    const stack = new ExitStack();
    const f = (a: string, b: number) => log.push(`${a}${b}`);
    expect(stack.callback(f, 'x', 1)).toBe(f);
    stack.callback(f, 'y', 2);
    stack.callback(f, 'z', 3);
    stack.close();
    expect(log).toEqual(['z3', 'y2', 'x1']);
  });
  it('enter() returns the very resource and calls its dispose with `this` set to it', () => {
    const seen: unknown[] = [];
    class Conn {
      closed = false;
      [Symbol.dispose]() {
        this.closed = true;
        seen.push(this);
      }
    }
    const c = new Conn();
    const stack = new ExitStack();
    expect(stack.enter(c)).toBe(c);
    expect(c.closed).toBe(false);
    stack[Symbol.dispose]();
    expect(c.closed).toBe(true);
    expect(seen).toEqual([c]);
    expect(seen[0]).toBe(c);
  });
  it('calls the dispose method the resource had when it was entered', () => {
    const log: string[] = [];
    const res: { [Symbol.dispose]: () => void } = { [Symbol.dispose]: () => log.push('original') };
    const stack = new ExitStack();
    stack.enter(res);
    res[Symbol.dispose] = () => log.push('replaced later');
    stack.close();
    expect(log).toEqual(['original']);
  });
  it('accepts null and undefined in enter() and returns them', () => {
    const stack = new ExitStack();
    expect(stack.enter(null)).toBeNull();
    expect(stack.enter(undefined)).toBeUndefined();
    expect(() => stack.close()).not.toThrow();
  });
  it('throws a TypeError from enter() itself for something that is not disposable', () => {
    const stack = new ExitStack();
    const log: string[] = [];
    stack.callback(() => log.push('ran'));
    expect(() => stack.enter({ close() {} } as unknown as Disposable)).toThrow(TypeError);
    expect(() => stack.enter({ [Symbol.dispose]: 'not a function' } as unknown as Disposable)).toThrow(TypeError);
    stack.close();
    expect(log).toEqual(['ran']);
  });
  it('rethrows a single cleanup error as the same object, after running the others', () => {
    const err = new Error('only one');
    const log: string[] = [];
    const stack = new ExitStack();
    stack.callback(() => log.push('a'));
    stack.callback(() => {
      throw err;
    });
    stack.callback(() => log.push('c'));
    let caught: unknown;
    try {
      stack.close();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(err);
    expect(log).toEqual(['c', 'a']);
  });
  it('nests errors: the last cleanup to run is .error, what was pending is .suppressed', () => {
    const e1 = new Error('registered first');
    const e2 = new Error('registered second');
    const e3 = new Error('registered third');
    const stack = new ExitStack();
    for (const e of [e1, e2, e3])
      stack.callback(() => {
        throw e;
      });
    let caught: (Error & { error?: unknown; suppressed?: unknown }) | undefined;
    try {
      stack.close();
    } catch (e) {
      caught = e as typeof caught;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(caught!.name).toBe('SuppressedError');
    expect(typeof caught!.message).toBe('string');
    expect(caught!.error).toBe(e1);
    const inner = caught!.suppressed as Error & { error?: unknown; suppressed?: unknown };
    expect(inner).toBeInstanceOf(Error);
    expect(inner.name).toBe('SuppressedError');
    expect(inner.error).toBe(e2);
    expect(inner.suppressed).toBe(e3);
  });
  it('does not lose a thrown undefined', () => {
    const stack = new ExitStack();
    stack.callback(() => {
      throw undefined;
    });
    let threw = false;
    try {
      stack.close();
    } catch {
      threw = true;
    }
    expect(threw).toBe(true);
  });
  it('does nothing on a second dispose and reports itself disposed', () => {
    let runs = 0;
    const stack = new ExitStack();
    stack.callback(() => runs++);
    expect(stack.disposed).toBe(false);
    stack[Symbol.dispose]();
    stack[Symbol.dispose]();
    stack.close();
    expect(runs).toBe(1);
    expect(stack.disposed).toBe(true);
  });
  it('refuses new registrations after disposal with a ReferenceError', () => {
    const stack = new ExitStack();
    stack.close();
    expect(() => stack.callback(() => {})).toThrow(ReferenceError);
    expect(() => stack.enter({ [Symbol.dispose]() {} })).toThrow(ReferenceError);
    expect(() => stack.popAll()).toThrow(ReferenceError);
  });
  it('popAll() moves every cleanup to a new stack and leaves this one empty but usable', () => {
    const log: string[] = [];
    const stack = new ExitStack();
    stack.callback(() => log.push('a'));
    stack.enter({ [Symbol.dispose]: () => log.push('b') });
    const moved = stack.popAll();
    expect(moved).toBeInstanceOf(ExitStack);
    expect(moved).not.toBe(stack);
    expect(stack.disposed).toBe(false);
    stack.callback(() => log.push('c'));
    stack.close();
    expect(log).toEqual(['c']);
    moved.close();
    expect(log).toEqual(['c', 'b', 'a']);
  });
  it('keeps resources open with popAll() when every step succeeded (the Python idiom)', () => {
    const open = new Set<string>();
    const openAll = (names: string[], failAt?: string) => {
      using stack = new ExitStack();
      for (const n of names) {
        if (n === failAt) throw new Error(`cannot open ${n}`);
        open.add(n);
        stack.callback(() => open.delete(n));
      }
      return stack.popAll();
    };
    expect(() => openAll(['a', 'b', 'c'], 'c')).toThrow('cannot open c');
    expect([...open]).toEqual([]);
    const kept = openAll(['a', 'b', 'c']);
    expect([...open].sort()).toEqual(['a', 'b', 'c']);
    kept.close();
    expect([...open]).toEqual([]);
  });
});
