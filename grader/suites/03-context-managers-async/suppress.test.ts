import { describe, expect, it } from 'vitest';
import { suppress } from '@impl/03-context-managers-async/suppress';
import golden from './goldens/suppress.json' with { type: 'json' };

// Python's exception hierarchy, mirrored with TypeScript classes (Python's Exception is Error).
type Ctor = new (message?: string) => Error;
const classes: Record<string, Ctor> = { Exception: Error };
for (const [name, parent] of Object.entries(golden.parents as Record<string, string | null>)) {
  if (parent === null) continue;
  const Base = classes[parent]!;
  const C = class extends Base {};
  Object.defineProperty(C, 'name', { value: name });
  classes[name] = C;
}

type Row = { suppress: string[]; raised: string | null; outcome: string };
const rows = golden.cases as Row[];
const byArgs = new Map<string, Row[]>();
for (const r of rows) {
  const k = r.suppress.join(', ');
  byArgs.set(k, [...(byArgs.get(k) ?? []), r]);
}
const groups = [...byArgs.entries()];

const outcomeSync = (args: string[], raised: string | null): string => {
  const run = suppress(...args.map((a) => classes[a]!));
  try {
    const v = run(() => {
      if (raised !== null) throw new classes[raised]!('raised');
      return 'value';
    });
    if (raised === null) return v === 'value' ? 'returned' : `returned ${String(v)}`;
    return v === undefined ? 'swallowed' : `swallowed but returned ${String(v)}`;
  } catch (e) {
    return raised !== null && e instanceof classes[raised]! ? 'raised' : `threw ${String(e)}`;
  }
};

const outcomeAsync = async (args: string[], raised: string | null): Promise<string> => {
  const run = suppress(...args.map((a) => classes[a]!));
  const p = run(async () => {
    await null;
    if (raised !== null) throw new classes[raised]!('raised');
    return 'value';
  });
  if (!(p instanceof Promise)) return 'did not return a promise';
  try {
    const v = await p;
    if (raised === null) return v === 'value' ? 'returned' : `returned ${String(v)}`;
    return v === undefined ? 'swallowed' : `swallowed but returned ${String(v)}`;
  } catch (e) {
    return raised !== null && e instanceof classes[raised]! ? 'raised' : `threw ${String(e)}`;
  }
};

describe('suppress: the same swallow/raise matrix as contextlib.suppress (Python goldens)', () => {
  it.each(groups)('suppress(%s) with a synchronous body', (_k, group) => {
    const got = group.map((r) => ({ raised: r.raised, outcome: outcomeSync(r.suppress, r.raised) }));
    expect(got).toEqual(group.map((r) => ({ raised: r.raised, outcome: r.outcome })));
  });
  it.each(groups)('suppress(%s) with an async body', async (_k, group) => {
    const got: { raised: string | null; outcome: string }[] = [];
    for (const r of group) got.push({ raised: r.raised, outcome: await outcomeAsync(r.suppress, r.raised) });
    expect(got).toEqual(group.map((r) => ({ raised: r.raised, outcome: r.outcome })));
  });
});

describe('suppress: details', () => {
  class NotFound extends Error {}

  it('rethrows the very same error object it does not swallow', () => {
    const err = new TypeError('bad');
    let caught: unknown;
    try {
      suppress(NotFound)(() => {
        throw err;
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(err);
  });
  it('lets thrown non-error values through, even with suppress(Error)', () => {
    for (const value of ['a string', 42, null, { message: 'plain object' }]) {
      let caught: unknown = 'nothing thrown';
      try {
        suppress(Error)(() => {
          throw value;
        });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBe(value);
    }
  });
  it('swallows nothing when called with no classes', () => {
    const err = new Error('kept');
    expect(() =>
      suppress()(() => {
        throw err;
      }),
    ).toThrow(err);
  });
  it('calls the body exactly once and can be reused', () => {
    let calls = 0;
    const run = suppress(NotFound);
    expect(run(() => ++calls)).toBe(1);
    expect(
      run(() => {
        calls++;
        throw new NotFound();
      }),
    ).toBeUndefined();
    expect(run(() => ++calls)).toBe(3);
    expect(calls).toBe(3);
  });
  it('resolves to the value of an async body that succeeds', async () => {
    await expect(suppress(NotFound)(async () => 'ok')).resolves.toBe('ok');
  });
  it('rejects with the very same error when an async body fails with an unlisted error', async () => {
    const err = new RangeError('out');
    await expect(
      suppress(NotFound)(async () => {
        throw err;
      }),
    ).rejects.toBe(err);
  });
  it('swallows a rejection that arrives later (after a timer), not only immediate ones', async () => {
    const p = suppress(NotFound)(
      () =>
        new Promise<string>((_resolve, reject) => {
          setTimeout(() => reject(new NotFound('late')), 1);
        }),
    );
    await expect(p).resolves.toBeUndefined();
  });
  it('treats a synchronous throw from a promise-returning function like any synchronous throw', () => {
    const body = (): Promise<number> => {
      throw new NotFound('sync');
    };
    expect(suppress(NotFound)(body)).toBeUndefined();
  });
  it('matches by instanceof, so DOMException names work through their class', async () => {
    const p = suppress(DOMException)(async () => {
      throw new DOMException('stopped', 'AbortError');
    });
    await expect(p).resolves.toBeUndefined();
  });
});
