import { describe, expect, it } from 'vitest';
import { validateArgs, type ArgSchema, type TypeName } from '@impl/01-functions-decorators/validate-args';

// Oracle: a truth table written out by hand (which sample values belong to which type name),
// and the TypeError contract: the message names the method, the argument and the expected type.

class Thing {}
const samples: Array<{ label: string; value: unknown; types: TypeName[] }> = [
  { label: '"x"', value: 'x', types: ['string'] },
  { label: 'empty string', value: '', types: ['string'] },
  { label: '3', value: 3, types: ['number', 'integer'] },
  { label: '-0', value: -0, types: ['number', 'integer'] },
  { label: '1.5', value: 1.5, types: ['number'] },
  { label: 'NaN', value: Number.NaN, types: ['number'] },
  { label: 'Infinity', value: Infinity, types: ['number'] },
  { label: 'true', value: true, types: ['boolean'] },
  { label: 'false', value: false, types: ['boolean'] },
  { label: '10n', value: 10n, types: ['bigint'] },
  { label: 'a symbol', value: Symbol('s'), types: ['symbol'] },
  { label: 'an arrow function', value: () => 1, types: ['function'] },
  { label: 'a class', value: Thing, types: ['function'] },
  { label: '{}', value: {}, types: ['object'] },
  { label: 'a class instance', value: new Thing(), types: ['object'] },
  { label: 'a Date', value: new Date(0), types: ['object'] },
  { label: 'Object.create(null)', value: Object.create(null), types: ['object'] },
  { label: '[]', value: [], types: ['array'] },
  { label: '[1, 2]', value: [1, 2], types: ['array'] },
  { label: 'null', value: null, types: ['null'] },
  { label: 'undefined', value: undefined, types: ['undefined'] },
];
const typeNames: TypeName[] = ['string', 'number', 'integer', 'boolean', 'bigint', 'symbol', 'function', 'object', 'array', 'null', 'undefined', 'any'];

/** Calls fn and reports what happened, for readable comparisons. */
function outcome(fn: () => unknown): { ok: true; value: unknown } | { ok: false; error: string; isTypeError: boolean } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: String((e as Error).message), isTypeError: e instanceof TypeError };
  }
}

function single(check: ArgSchema[string]) {
  class Target {
    @validateArgs({ v: check })
    take(v?: unknown): string {
      void v;
      return 'ran';
    }
  }
  return new Target();
}

describe('@validateArgs', () => {
  it.each(typeNames)('accepts exactly the values of type %s (truth table)', (typeName) => {
    const t = single(typeName);
    const accepted = samples.filter((s) => outcome(() => t.take(s.value)).ok).map((s) => s.label);
    const expected = samples.filter((s) => typeName === 'any' || s.types.includes(typeName)).map((s) => s.label);
    expect(accepted).toEqual(expected);
  });

  it.each(typeNames)('accepts undefined as well with the optional form %s?', (typeName) => {
    const t = single(`${typeName}?`);
    const accepted = samples.filter((s) => outcome(() => t.take(s.value)).ok).map((s) => s.label);
    const expected = samples.filter((s) => typeName === 'any' || s.value === undefined || s.types.includes(typeName)).map((s) => s.label);
    expect(accepted).toEqual(expected);
  });

  it('throws a TypeError naming the method, the argument and the expected type', () => {
    class People {
      @validateArgs({ name: 'string', age: 'integer' })
      add(name: unknown, age: unknown): string {
        return `${String(name)} (${String(age)})`;
      }
    }
    const r = outcome(() => new People().add('Ada', 'x'));
    expect(r).toMatchObject({ ok: false, isTypeError: true });
    const message = (r as { error: string }).error;
    expect(message).toContain('argument "age"');
    expect(message).not.toContain('argument "name"');
    expect(message).toContain('add');
    expect(message).toContain('integer');
  });

  it('reports the first failing argument in parameter order', () => {
    class People {
      @validateArgs({ name: 'string', age: 'integer' })
      add(name: unknown, age: unknown): string {
        return `${String(name)} ${String(age)}`;
      }
    }
    const r = outcome(() => new People().add(1, 'x'));
    expect(r).toMatchObject({ ok: false, isTypeError: true });
    expect((r as { error: string }).error).toContain('argument "name"');
  });

  it('treats a missing argument as undefined', () => {
    class Api {
      @validateArgs({ id: 'string', page: 'integer?' })
      get(id?: unknown, page?: unknown): string {
        return `${String(id)}/${String(page)}`;
      }
    }
    const api = new Api();
    expect(outcome(() => api.get('a'))).toEqual({ ok: true, value: 'a/undefined' });
    const missing = outcome(() => api.get());
    expect(missing).toMatchObject({ ok: false, isTypeError: true });
    expect((missing as { error: string }).error).toContain('argument "id"');
  });

  it('does not run the method when validation fails, and passes this, arguments and result through when it succeeds', () => {
    const calls: unknown[][] = [];
    class Account {
      balance = 100;
      @validateArgs({ amount: 'number', note: 'string?' })
      withdraw(amount: number, note?: string): number {
        calls.push([amount, note]);
        this.balance -= amount;
        return this.balance;
      }
    }
    const acc = new Account();
    expect(outcome(() => acc.withdraw('10' as unknown as number))).toMatchObject({ ok: false, isTypeError: true });
    expect(calls).toEqual([]);
    expect(acc.withdraw(30, 'rent')).toBe(70);
    expect(calls).toEqual([[30, 'rent']]);
    expect(acc.balance).toBe(70);
  });

  it('uses a predicate for custom checks', () => {
    const isPercent = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 100;
    class Bar {
      @validateArgs({ label: 'string', percent: isPercent })
      set(label: string, percent: number): string {
        return `${label}=${percent}%`;
      }
    }
    const bar = new Bar();
    expect(bar.set('cpu', 42)).toBe('cpu=42%');
    const r = outcome(() => bar.set('cpu', 142));
    expect(r).toMatchObject({ ok: false, isTypeError: true });
    expect((r as { error: string }).error).toContain('argument "percent"');
  });

  it('does not check arguments beyond the schema', () => {
    class Log {
      @validateArgs({ level: 'string' })
      write(level: string, ...rest: unknown[]): number {
        void level;
        return rest.length;
      }
    }
    expect(new Log().write('info', 1, null, undefined, {})).toBe(4);
  });

  it('rejects an unknown type name when the class is defined', () => {
    const define = () => {
      class Bad {
        @validateArgs({ x: 'strng' as unknown as TypeName })
        m(x: unknown) {
          return x;
        }
      }
      return Bad;
    };
    expect(outcome(define)).toMatchObject({ ok: false, isTypeError: true });
    const inherited = () => {
      class AlsoBad {
        @validateArgs({ x: 'toString' as unknown as TypeName })
        m(x: unknown) {
          return x;
        }
      }
      return AlsoBad;
    };
    expect(outcome(inherited)).toMatchObject({ ok: false, isTypeError: true });
  });
});
