import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Container, CycleError, MissingServiceError, type Resolver, ScopeError } from '@impl/04-oop-patterns/di-container';

// Oracles: scripted expectations written from the rules (the cycle `A → B → A`, identities,
// factory call counts, disposal order), and a small recursive model of the lifetimes run
// against random dependency graphs (fast-check).

/** The error `f` throws (fails the test if it returns). */
const thrown = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, but the call returned');
};

type Any = Record<string, unknown>;

describe('Container: lifetimes', () => {
  it('makes a new transient on every resolve', () => {
    let calls = 0;
    const c = new Container<Any>().register('t', () => ({ n: ++calls }));
    const [a, b] = [c.resolve('t'), c.resolve('t')];
    expect(a).not.toBe(b);
    expect(calls).toBe(2);
  });
  it('builds a singleton once, lazily, and shares it with every scope', () => {
    let calls = 0;
    const c = new Container<Any>().singleton('s', () => ({ n: ++calls }));
    expect(calls).toBe(0);
    const s1 = c.createScope();
    const s2 = c.createScope();
    const all = [s1.resolve('s'), c.resolve('s'), s2.resolve('s'), s1.resolve('s')];
    expect(all.every((x) => x === all[0])).toBe(true);
    expect(calls).toBe(1);
  });
  it('keeps one scoped instance per scope', () => {
    let calls = 0;
    const c = new Container<Any>().scoped('req', () => ({ n: ++calls }));
    const s1 = c.createScope();
    const s2 = c.createScope();
    expect(s1.resolve('req')).toBe(s1.resolve('req'));
    expect(s1.resolve('req')).not.toBe(s2.resolve('req'));
    expect(calls).toBe(2);
  });
  it('gives a transient resolved in a scope that scope\'s scoped instances', () => {
    const c = new Container<Any>().scoped('session', () => ({})).register('repo', (r) => ({ session: r.resolve('session') }));
    const s = c.createScope();
    const repos = [s.resolve('repo'), s.resolve('repo')] as { session: object }[];
    expect(repos[0]).not.toBe(repos[1]);
    expect(repos[0]!.session).toBe(s.resolve('session'));
    expect(repos[1]!.session).toBe(s.resolve('session'));
  });
  it('passes factories a resolver that can also answer has()', () => {
    const seen: boolean[] = [];
    const c = new Container<Any>().register('x', (r: Resolver<Any>) => {
      seen.push(r.has('x'), r.has('nope'));
      return 1;
    });
    c.resolve('x');
    expect(seen).toEqual([true, false]);
    expect([c.has('x'), c.has('nope'), c.createScope().has('x')]).toEqual([true, false, true]);
  });
  it('lets scopes see services registered after they were created', () => {
    const c = new Container<Any>();
    const s = c.createScope();
    c.scoped('late', () => 'here');
    expect(s.resolve('late')).toBe('here');
  });
  it('refuses a second registration of a name under any lifetime', () => {
    const c = new Container<Any>().register('a', () => 1);
    expect(() => c.register('a', () => 2)).toThrow(/already registered/);
    expect(() => c.singleton('a', () => 2)).toThrow(/already registered/);
    expect(() => c.scoped('a', () => 2)).toThrow(/already registered/);
    expect(c.resolve('a')).toBe(1);
  });
});

describe('Container: errors', () => {
  it('reports the cycle A → B → A from the repeated name, not the whole chain', () => {
    const c = new Container<Any>()
      .register('app', (r) => r.resolve('A'))
      .register('A', (r) => r.resolve('B'))
      .register('B', (r) => r.resolve('A'));
    for (const start of ['app', 'A']) {
      const e = thrown(() => c.resolve(start));
      expect(e).toBeInstanceOf(CycleError);
      expect((e as CycleError).cycle).toEqual(['A', 'B', 'A']);
      expect(e.message).toContain('A → B → A');
      expect(e.message).not.toContain('app');
    }
    expect((thrown(() => c.resolve('B')) as CycleError).cycle).toEqual(['B', 'A', 'B']);
  });
  it('reports a service that needs itself, and cycles through singletons and scoped services', () => {
    const self = new Container<Any>().singleton('A', (r) => r.resolve('A'));
    expect((thrown(() => self.resolve('A')) as CycleError).cycle).toEqual(['A', 'A']);
    const mixed = new Container<Any>()
      .singleton('A', (r) => r.resolve('B'))
      .register('B', (r) => r.resolve('C'))
      .singleton('C', (r) => r.resolve('A'));
    const e = thrown(() => mixed.createScope().resolve('A'));
    expect(e).toBeInstanceOf(CycleError);
    expect([(e as CycleError).cycle, e.message.includes('A → B → C → A')]).toEqual([['A', 'B', 'C', 'A'], true]);
    const scoped = new Container<Any>().scoped('X', (r) => r.resolve('Y')).scoped('Y', (r) => r.resolve('X'));
    expect((thrown(() => scoped.createScope().resolve('Y')) as CycleError).cycle).toEqual(['Y', 'X', 'Y']);
  });
  it('does not mistake a diamond for a cycle', () => {
    for (const lifetime of ['register', 'singleton'] as const) {
      let made = 0;
      const c = new Container<Any>()
        .register('A', (r) => [r.resolve('B'), r.resolve('C')])
        .register('B', (r) => r.resolve('D'))
        .register('C', (r) => r.resolve('D'))
        [lifetime]('D', () => ({ n: ++made }));
      const [b, d] = c.resolve('A') as object[];
      expect(made, lifetime).toBe(lifetime === 'singleton' ? 1 : 2);
      expect(b === d, lifetime).toBe(lifetime === 'singleton');
    }
  });
  it('names the missing service and the chain that needed it', () => {
    const c = new Container<Any>().register('app', (r) => r.resolve('repo')).register('repo', (r) => r.resolve('db'));
    const e = thrown(() => c.resolve('app'));
    expect(e).toBeInstanceOf(MissingServiceError);
    expect((e as MissingServiceError).path).toEqual(['app', 'repo', 'db']);
    expect(e.message).toContain('db');
    expect((thrown(() => c.resolve('nothing')) as MissingServiceError).path).toEqual(['nothing']);
  });
  it('refuses scoped services outside a scope, also through a singleton (captive dependency)', () => {
    let cacheBuilt = 0;
    const c = new Container<Any>()
      .scoped('request', () => ({}))
      .singleton('cache', (r) => (cacheBuilt++, { request: r.resolve('request') }))
      .singleton('svc', (r) => r.resolve('helper'))
      .register('helper', (r) => r.resolve('request'));
    const root = thrown(() => c.resolve('request'));
    expect([root instanceof ScopeError, (root as ScopeError).path]).toEqual([true, ['request']]);
    const s = c.createScope();
    const e1 = thrown(() => s.resolve('cache'));
    expect([e1 instanceof ScopeError, (e1 as ScopeError).path]).toEqual([true, ['cache', 'request']]);
    const e2 = thrown(() => s.resolve('cache'));
    expect(e2).toBeInstanceOf(ScopeError);
    expect(cacheBuilt).toBe(2);
    const e3 = thrown(() => s.resolve('svc'));
    expect([e3 instanceof ScopeError, (e3 as ScopeError).path]).toEqual([true, ['svc', 'helper', 'request']]);
  });
  it('lets a factory\'s own error through unchanged and caches nothing for it', () => {
    const boom = new Error('database down');
    let fail = true;
    let built = 0;
    const c = new Container<Any>()
      .singleton('A', (r) => (built++, { b: r.resolve('B') }))
      .singleton('B', () => {
        if (fail) throw boom;
        return 'b';
      });
    expect(thrown(() => c.resolve('A'))).toBe(boom);
    fail = false;
    expect(c.resolve('A')).toEqual({ b: 'b' });
    expect(c.resolve('A')).toBe(c.resolve('A'));
    expect(built).toBe(2);
  });
  it('recovers from any error: a failed resolve never makes a later one report a false cycle', () => {
    const c = new Container<Any>()
      .register('A', (r) => r.resolve('B'))
      .register('B', (r) => r.resolve('missing'))
      .register('C', (r) => r.resolve('A'));
    expect(thrown(() => c.resolve('A'))).toBeInstanceOf(MissingServiceError);
    expect(thrown(() => c.resolve('A'))).toBeInstanceOf(MissingServiceError);
    c.register('missing', () => 'ok');
    expect([c.resolve('A'), c.resolve('B'), c.resolve('C')]).toEqual(['ok', 'ok', 'ok']);
  });
});

describe('Container: disposal', () => {
  const disposable = (name: string, log: string[]) => ({ name, [Symbol.dispose]: () => log.push(name) });

  it('disposes a scope\'s scoped instances newest first, and only those', () => {
    const log: string[] = [];
    const c = new Container<Any>()
      .singleton('config', () => disposable('config', log))
      .scoped('db', (r) => (r.resolve('config'), disposable('db', log)))
      .scoped('repo', (r) => (r.resolve('db'), disposable('repo', log)))
      .register('handler', (r) => (r.resolve('repo'), disposable('handler', log)))
      .scoped('plain', () => ({ noDispose: true }));
    const s = c.createScope();
    s.resolve('handler');
    s.resolve('plain');
    const other = c.createScope();
    other.resolve('db');
    s.dispose();
    expect(log).toEqual(['repo', 'db']);
    s.dispose();
    expect(log).toEqual(['repo', 'db']);
    other[Symbol.dispose]();
    expect(log).toEqual(['repo', 'db', 'db']);
    c.dispose();
    expect(log).toEqual(['repo', 'db', 'db', 'config']);
  });
  it('works with `using`', () => {
    const log: string[] = [];
    const c = new Container<Any>().scoped('a', () => disposable('a', log)).scoped('b', (r) => (r.resolve('a'), disposable('b', log)));
    {
      using s = c.createScope();
      s.resolve('b');
      expect(log).toEqual([]);
    }
    expect(log).toEqual(['b', 'a']);
  });
  it('disposes singletons newest first when the container is disposed, once', () => {
    const log: string[] = [];
    const c = new Container<Any>()
      .singleton('logger', () => disposable('logger', log))
      .singleton('pool', (r) => (r.resolve('logger'), disposable('pool', log)))
      .singleton('cache', (r) => (r.resolve('pool'), disposable('cache', log)));
    c.resolve('cache');
    c[Symbol.dispose]();
    c.dispose();
    expect(log).toEqual(['cache', 'pool', 'logger']);
  });
  it('refuses to resolve from a disposed scope or container', () => {
    const c = new Container<Any>().scoped('a', () => ({})).singleton('s', () => ({}));
    const s = c.createScope();
    s.dispose();
    expect(thrown(() => s.resolve('a'))).toBeInstanceOf(ScopeError);
    const live = c.createScope();
    live.resolve('a');
    c.dispose();
    expect(thrown(() => c.resolve('s'))).toBeInstanceOf(ScopeError);
    expect(thrown(() => live.resolve('a'))).toBeInstanceOf(ScopeError);
  });
});

// ---- random dependency graphs against a model --------------------------------------------
const NAMES = ['A', 'B', 'C', 'D', 'E'] as const;
type Life = 'transient' | 'singleton' | 'scoped';
type Graph = Record<string, { life: Life; deps: string[] } | null>;
type Op = { where: number; name: string }; // where: -1 the container, 0..2 a scope
type Inst = { name: string; id: number; deps: Inst[] };

const graph: fc.Arbitrary<Graph> = fc.record(
  Object.fromEntries(
    NAMES.map((n) => [
      n,
      fc.option(fc.record({ life: fc.constantFrom<Life>('transient', 'singleton', 'scoped'), deps: fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { maxLength: 3 }) }), { freq: 6, nil: null }),
    ]),
  ),
);
const ops = fc.array(fc.record({ where: fc.integer({ min: -1, max: 2 }), name: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F') }), { minLength: 1, maxLength: 8 });

/** What the rules say happens, by direct recursion over the graph. */
function model(g: Graph, script: Op[]): string[] {
  const out: string[] = [];
  let id = 0;
  const singletons = new Map<string, Inst>();
  const scopes = [new Map<string, Inst>(), new Map<string, Inst>(), new Map<string, Inst>()];
  const get = (name: string, where: number, chain: string[]): Inst => {
    if (chain.includes(name)) throw `CycleError ${[...chain.slice(chain.indexOf(name)), name].join(' → ')}`;
    const node = g[name];
    if (!node) throw `MissingServiceError ${[...chain, name].join(' → ')}`;
    if (node.life === 'scoped' && where < 0) throw `ScopeError ${[...chain, name].join(' → ')}`;
    const cache = node.life === 'singleton' ? singletons : node.life === 'scoped' ? scopes[where]! : null;
    const hit = cache?.get(name);
    if (hit) return hit;
    const deps = node.deps.map((d) => get(d, node.life === 'singleton' ? -1 : where, [...chain, name]));
    const inst = { name, id: ++id, deps };
    cache?.set(name, inst);
    return inst;
  };
  for (const op of script) {
    try {
      out.push(show(get(op.name, op.where, [])));
    } catch (e) {
      out.push(e as string);
    }
  }
  return out;
}

/** The same script against the real container; instances carry ids, so equal ids mean the same object. */
function real(g: Graph, script: Op[]): string[] {
  const out: string[] = [];
  let id = 0;
  const c = new Container<Record<string, Inst>>();
  for (const name of NAMES) {
    const node = g[name];
    if (!node) continue;
    const make = (r: Resolver<Record<string, Inst>>): Inst => {
      const deps = node.deps.map((d) => r.resolve(d));
      return { name, id: ++id, deps };
    };
    c[node.life === 'transient' ? 'register' : node.life](name, make);
  }
  const scopes = [c.createScope(), c.createScope(), c.createScope()];
  for (const op of script) {
    try {
      out.push(show(op.where < 0 ? c.resolve(op.name) : scopes[op.where]!.resolve(op.name)));
    } catch (e) {
      if (e instanceof CycleError) out.push(`CycleError ${e.cycle.join(' → ')}`);
      else if (e instanceof MissingServiceError || e instanceof ScopeError) out.push(`${e.name} ${e.path.join(' → ')}`);
      else throw e;
    }
  }
  return out;
}

const show = (x: Inst): string => `${x.name}#${x.id}${x.deps.length ? `(${x.deps.map(show).join(',')})` : ''}`;

describe('Container: random dependency graphs against a model', () => {
  it('builds the same instances (identity included) and raises the same errors with the same cycles and paths', () => {
    fc.assert(
      fc.property(graph, ops, (g, script) => {
        expect(real(g, script)).toEqual(model(g, script));
      }),
      { numRuns: 500 },
    );
  });
});
