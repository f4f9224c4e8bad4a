import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Emitter } from '@impl/04-oop-patterns/typed-emitter';

// The oracle is Node's own EventEmitter: the same random script runs against both.

type Ev = 'a' | 'b';
type Action =
  | { kind: 'none' }
  | { kind: 'throw' }
  | { kind: 'emit'; event: Ev }
  | { kind: 'on' | 'once' | 'off'; event: Ev; target: number };
type Op = { op: 'on' | 'once' | 'off'; event: Ev; id: number } | { op: 'emit'; event: Ev; arg: number } | { op: 'inspect'; event: Ev };

interface Like {
  on(e: Ev, f: (arg: number) => void): unknown;
  once(e: Ev, f: (arg: number) => void): unknown;
  off(e: Ev, f: (arg: number) => void): unknown;
  emit(e: Ev, arg: number): boolean;
  listenerCount(e: Ev): number;
  listeners(e: Ev): unknown[];
}

function runScript(emitter: Like, actions: Action[], ops: Op[]): string[] {
  const log: string[] = [];
  let depth = 0;
  const listeners: ((arg: number) => void)[] = actions.map((action, id) =>
    function (this: unknown, arg: number) {
      // Listeners that add listeners and re-emit can fan out fast; a long log stops the cascade.
      if (log.length > 300) return;
      log.push(`L${id}(${arg}) this=${this === emitter ? 'emitter' : 'other'}`);
      if (action.kind === 'throw') throw new Error(`L${id} failed`);
      if (action.kind === 'emit') {
        if (depth < 3) {
          depth++;
          try {
            log.push(`  nested emit ${action.event} -> ${emitter.emit(action.event, arg + 100)}`);
          } finally {
            depth--;
          }
        }
      } else if (action.kind !== 'none') emitter[action.kind](action.event, listeners[action.target]!);
    },
  );
  const idOf = (f: unknown) => listeners.indexOf(f as (arg: number) => void);
  for (const o of ops) {
    try {
      if (o.op === 'emit') log.push(`emit ${o.event}(${o.arg}) -> ${emitter.emit(o.event, o.arg)}`);
      else if (o.op === 'inspect') log.push(`${o.event}: count ${emitter.listenerCount(o.event)}, listeners [${emitter.listeners(o.event).map(idOf).join(',')}]`);
      else {
        const ret = emitter[o.op](o.event, listeners[o.id]!);
        log.push(`${o.op} ${o.event} L${o.id} returns ${ret === emitter ? 'this' : 'other'}`);
      }
    } catch (e) {
      log.push(`threw ${(e as Error).message}`);
      depth = 0;
    }
  }
  return log;
}

const ev = fc.constantFrom<Ev>('a', 'b');
const N = 4;
const id = fc.integer({ min: 0, max: N - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'throw' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('emit' as const), event: ev }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('on' as const, 'once' as const, 'off' as const), event: ev, target: id }) },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('on' as const, 'once' as const), event: ev, id }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('off' as const), event: ev, id }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('emit' as const), event: ev, arg: fc.integer({ min: 0, max: 9 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('inspect' as const), event: ev }) },
);

const nodeEmitter = (): Like => {
  const e = new EventEmitter();
  e.setMaxListeners(0);
  return e as unknown as Like;
};
const ours = (): Like => new Emitter<{ a: [number]; b: [number] }>() as unknown as Like;

describe('Emitter: the same behaviour as node:events EventEmitter (random scripts)', () => {
  it('logs the same calls, return values, counts and listener lists, listeners changing things mid-emit included', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: N, maxLength: N }), fc.array(op, { minLength: 1, maxLength: 30 }), (actions, ops) => {
        expect(runScript(ours(), actions, ops)).toEqual(runScript(nodeEmitter(), actions, ops));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Emitter: scripted', () => {
  type Events = { data: [chunk: string, n: number]; end: []; error: [unknown] };

  it('passes every argument and returns false when nobody listens', () => {
    const e = new Emitter<Events>();
    const got: unknown[] = [];
    expect(e.emit('data', 'x', 1)).toBe(false);
    e.on('data', (chunk, n) => got.push([chunk, n]));
    expect(e.emit('data', 'y', 2)).toBe(true);
    expect(got).toEqual([['y', 2]]);
  });
  it('does not call a once listener twice when it emits the same event itself', () => {
    const e = new Emitter<Events>();
    let calls = 0;
    e.once('end', () => {
      calls++;
      e.emit('end');
    });
    e.emit('end');
    expect(calls).toBe(1);
  });
  it('calls a once listener once even when an earlier listener re-emits the event', () => {
    const e = new Emitter<Events>();
    const log: string[] = [];
    let first = true;
    e.on('end', () => {
      log.push('relay');
      if (first) {
        first = false;
        e.emit('end');
      }
    });
    e.once('end', () => log.push('once'));
    e.emit('end');
    expect(log).toEqual(['relay', 'relay', 'once']);
  });
  it('removes a once registration with off(event, originalFunction)', () => {
    const e = new Emitter<Events>();
    let calls = 0;
    const f = () => calls++;
    e.once('end', f);
    expect(e.listeners('end')).toEqual([f]);
    e.off('end', f);
    e.emit('end');
    expect([calls, e.listenerCount('end')]).toEqual([0, 0]);
  });
  it('removes the most recent registration of a function added twice', () => {
    const e = new Emitter<Events>();
    const log: string[] = [];
    const f = () => log.push('f');
    const g = () => log.push('g');
    e.on('end', f).on('end', g).once('end', f);
    e.off('end', f);
    e.emit('end');
    e.emit('end');
    expect(log).toEqual(['f', 'g', 'f', 'g']);
  });
  it('stops at a listener that throws and lets the error out of emit', () => {
    const e = new Emitter<Events>();
    const log: string[] = [];
    const boom = new Error('boom');
    e.on('end', () => log.push('1'));
    e.on('end', () => {
      throw boom;
    });
    e.on('end', () => log.push('3'));
    let caught: unknown;
    try {
      e.emit('end');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBe(boom);
    expect(log).toEqual(['1']);
  });
  it('throws an unhandled error event, as Node does', () => {
    const e = new Emitter<Events>();
    const err = new Error('unhandled');
    expect(() => e.emit('error', err)).toThrow(err);
    let thrown: unknown;
    try {
      e.emit('error', 'just a string');
    } catch (x) {
      thrown = x;
    }
    expect(thrown).toBeInstanceOf(Error);
    const seen: unknown[] = [];
    e.on('error', (x) => seen.push(x));
    expect(e.emit('error', err)).toBe(true);
    expect(seen).toEqual([err]);
  });
  it('keeps events apart and checks payload types at compile time', () => {
    const e = new Emitter<Events>();
    const log: string[] = [];
    e.on('data', (chunk) => log.push(chunk.toUpperCase()));
    e.on('end', () => log.push('end'));
    e.emit('data', 'abc', 0);
    e.emit('end');
    expect(log).toEqual(['ABC', 'end']);
    const typeOnly = () => {
      // @ts-expect-error the payload of 'data' is [string, number]
      e.emit('data', 42, 0);
      // @ts-expect-error 'dat' is not an event
      e.on('dat', () => {});
      // @ts-expect-error a listener of 'end' takes no arguments
      e.on('end', (x: string) => x);
    };
    void typeOnly;
  });
});
