import { describe, expect, it } from 'vitest';
import { Registry, register } from '@impl/04-oop-patterns/registry';

abstract class Reader {
  constructor(readonly source = '') {}
  abstract read(): string;
}

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

// A decorator called by hand, as the runtime would, with a chosen context.
const fakeContext = (kind: string, name: string | undefined) => ({ kind, name, addInitializer() {}, metadata: {} }) as unknown as ClassDecoratorContext<new () => unknown>;

describe('Registry: registration at class definition', () => {
  it('registers each decorated class as soon as it is defined, before any instance exists', () => {
    const readers = new Registry<typeof Reader>();
    const seen: boolean[] = [];
    @readers.register('csv')
    class CsvReader extends Reader {
      read() {
        return `csv:${this.source}`;
      }
    }
    seen.push(readers.has('csv'));
    @register(readers, 'tsv')
    class TsvReader extends CsvReader {}
    seen.push(readers.has('tsv'));
    expect(seen).toEqual([true, true]);
    expect([readers.get('csv'), readers.get('tsv')]).toEqual([CsvReader, TsvReader]);
  });
  it('uses the lower-cased class name by default, like cls.__name__.lower()', () => {
    const r = new Registry();
    @r.register()
    class JsonLinesReader {}
    @register(r)
    class XML {}
    expect(r.names()).toEqual(['jsonlinesreader', 'xml']);
    expect(r.get('xml')).toBe(XML);
    expect(r.get('jsonlinesreader')).toBe(JsonLinesReader);
  });
  it('keeps registration order in names(), size and iteration ([name, class] pairs)', () => {
    const r = new Registry();
    @r.register('b')
    class B {}
    @r.register('a')
    class A {}
    @r.register('c')
    class C {}
    expect(r.names()).toEqual(['b', 'a', 'c']);
    expect(r.size).toBe(3);
    expect([...r]).toEqual([
      ['b', B],
      ['a', A],
      ['c', C],
    ]);
  });
  it('creates instances by name, passing the constructor arguments', () => {
    const readers = new Registry<typeof Reader>({ base: Reader });
    @readers.register('csv')
    class CsvReader extends Reader {
      read() {
        return `csv:${this.source}`;
      }
    }
    const x = readers.create('csv', 'data.csv');
    expect(x).toBeInstanceOf(CsvReader);
    expect(x.read()).toBe('csv:data.csv');
  });
  it('keeps separate registries separate', () => {
    const r1 = new Registry();
    const r2 = new Registry();
    @r1.register('same')
    class One {}
    @r2.register('same')
    class Two {}
    expect([r1.get('same'), r2.get('same'), r1.size, r2.size]).toEqual([One, Two, 1, 1]);
  });
});

describe('Registry: refusals', () => {
  it('refuses a taken name with a RangeError naming it and its holder; the first stays', () => {
    const r = new Registry();
    @r.register('x')
    class First {}
    const e = thrown(() => {
      @r.register('x')
      class Second {}
      return Second;
    });
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toContain('"x"');
    expect((e as Error).message).toContain('First');
    expect([r.get('x'), r.size]).toEqual([First, 1]);
  });
  it('refuses a default name that collides after lower-casing', () => {
    const r = new Registry();
    @r.register()
    class Csv {}
    expect(
      thrown(() => {
        @r.register()
        class CSV {}
        return CSV;
      }),
    ).toBeInstanceOf(RangeError);
    expect(r.get('csv')).toBe(Csv);
  });
  it('with a base, accepts the base and anything below it and refuses unrelated classes (TypeError)', () => {
    class Plugin {}
    const plugins = new Registry<typeof Plugin>({ base: Plugin });
    @plugins.register('root')
    class Root extends Plugin {}
    @plugins.register('leaf')
    class Leaf extends Root {}
    plugins.register('base')(Plugin, fakeContext('class', 'Plugin'));
    class Stranger {}
    expect(thrown(() => plugins.register('stranger')(Stranger, fakeContext('class', 'Stranger')))).toBeInstanceOf(TypeError);
    expect(plugins.names()).toEqual(['root', 'leaf', 'base']);
    expect(plugins.get('leaf')).toBe(Leaf);
  });
  it('with requires, lists every missing method and counts inherited ones', () => {
    const r = new Registry({ requires: ['read', 'write', 'close'] });
    class HasClose {
      close() {}
    }
    const e = thrown(() => {
      @r.register('half')
      class Half extends HasClose {
        read() {}
      }
      return Half;
    });
    expect(e).toBeInstanceOf(TypeError);
    expect((e as Error).message).toContain('write');
    expect((e as Error).message).not.toContain('read,');
    expect(r.has('half')).toBe(false);
    @r.register('full')
    class Full extends HasClose {
      read() {}
      write() {}
    }
    expect(r.get('full')).toBe(Full);
  });
  it('does not count a non-function property as a required method', () => {
    const r = new Registry({ requires: ['read'] });
    class Weird {}
    Object.defineProperty(Weird.prototype, 'read', { value: 42 });
    expect(thrown(() => r.register('weird')(Weird, fakeContext('class', 'Weird')))).toBeInstanceOf(TypeError);
    expect(r.size).toBe(0);
  });
  it('refuses to decorate anything but a class (TypeError)', () => {
    const r = new Registry();
    const fn = function method() {};
    expect(thrown(() => r.register('m')(fn as unknown as new () => unknown, fakeContext('method', 'method')))).toBeInstanceOf(TypeError);
    expect(r.size).toBe(0);
  });
  it('refuses an anonymous class without an explicit name (TypeError), but takes it with one', () => {
    const r = new Registry();
    expect(thrown(() => r.register()(class {}, fakeContext('class', undefined)))).toBeInstanceOf(TypeError);
    const anon = class {};
    r.register('anon')(anon, fakeContext('class', undefined));
    expect(r.get('anon')).toBe(anon);
  });
  it('answers an unknown name with a RangeError listing the known ones', () => {
    const r = new Registry();
    @r.register('csv')
    class A {}
    @r.register('json')
    class B {}
    void [A, B];
    const e = thrown(() => r.get('xml'));
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toContain('xml');
    expect((e as Error).message).toContain('csv');
    expect((e as Error).message).toContain('json');
    expect(r.has('xml')).toBe(false);
  });
});
