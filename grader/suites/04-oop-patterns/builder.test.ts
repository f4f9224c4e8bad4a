import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HttpRequest, RequestBuilder, RequestValidationError } from '@impl/04-oop-patterns/builder';

// Oracles: hand-written expectations for each rule, a model of the builder run against random
// command scripts (fast-check), and immutability checked by the engine (frozen objects throw
// on assignment: test files are ES modules, hence strict mode).

const fieldsOf = (f: () => unknown): string[] | 'no error' => {
  try {
    f();
  } catch (e) {
    expect(e, 'build() should throw RequestValidationError').toBeInstanceOf(RequestValidationError);
    return (e as RequestValidationError).problems.map((p) => p.field);
  }
  return 'no error';
};

const base = () => new RequestBuilder().url('https://api.example.com/v1/items');

describe('RequestBuilder: building', () => {
  it('starts as a GET with no headers, no body and a 30 s timeout', () => {
    expect(new RequestBuilder().url('https://x.test').build()).toEqual({ method: 'GET', url: 'https://x.test/', headers: {}, body: null, timeoutMs: 30000 });
  });
  it('returns the same builder from every setter, so calls chain', () => {
    const b = new RequestBuilder();
    const returned = [b.method('POST'), b.url('https://x.test'), b.query('a', 1), b.header('a', 'b'), b.json(1), b.text('t'), b.timeout(5)];
    expect(returned.every((r) => r === b)).toBe(true);
  });
  it('appends query parameters in order, form-encoded, keeping an existing query and the fragment', () => {
    const req = new RequestBuilder().url('https://ex.com/p?a=1#top').query('b', 'x y').query('b', '&=').query('n', 5).query('t', true).build();
    expect(req.url).toBe('https://ex.com/p?a=1&b=x+y&b=%26%3D&n=5&t=true#top');
    expect(base().query('q', 'tea').url('https://other.test/s').build().url).toBe('https://other.test/s?q=tea');
  });
  it('treats header names case-insensitively and stores them in lower case', () => {
    const req = base().header('Accept', 'text/html').header('ACCEPT', 'application/json').header('X-Trace-Id', 'abc').build();
    expect(req.headers).toEqual({ accept: 'application/json', 'x-trace-id': 'abc' });
  });
  it('upper-cases the method', () => {
    expect(base().method('patch' as 'PATCH').build().method).toBe('PATCH');
  });
  it('json() serialises at once, so later changes to the value do not leak in', () => {
    const payload = { n: 1, tags: ['a'] };
    const b = base().method('POST').json(payload);
    payload.n = 2;
    payload.tags.push('b');
    expect(b.build()).toMatchObject({ body: '{"n":1,"tags":["a"]}', headers: { 'content-type': 'application/json' } });
  });
  it('lets the last json()/text() win and a later header() override the content type', () => {
    expect(base().method('PUT').json({ a: 1 }).text('hi').build()).toMatchObject({ body: 'hi', headers: { 'content-type': 'text/plain; charset=utf-8' } });
    expect(base().method('PUT').text('x', 'text/csv').json([1]).build()).toMatchObject({ body: '[1]', headers: { 'content-type': 'application/json' } });
    expect(base().method('PUT').json([1]).header('Content-Type', 'application/vnd.api+json').build().headers).toEqual({ 'content-type': 'application/vnd.api+json' });
  });
  it('accepts a body on DELETE, POST, PUT, PATCH and OPTIONS', () => {
    for (const m of ['DELETE', 'POST', 'PUT', 'PATCH', 'OPTIONS'] as const) expect(base().method(m).text('x').build().body, m).toBe('x');
  });
});

describe('RequestBuilder: validation errors', () => {
  it('requires an absolute http(s) URL', () => {
    expect(fieldsOf(() => new RequestBuilder().build())).toEqual(['url']);
    for (const u of ['', '/relative/path', 'not a url', 'ftp://files.example.com/x', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(fieldsOf(() => new RequestBuilder().url(u).build()), JSON.stringify(u)).toEqual(['url']);
    }
    expect(new RequestBuilder().url('HTTP://EXAMPLE.com').build().url).toBe('http://example.com/');
  });
  it('refuses unknown methods', () => {
    for (const m of ['FETCH', '', 'GETS']) expect(fieldsOf(() => base().method(m as 'GET').build()), m).toEqual(['method']);
  });
  it('refuses header values with CR, LF or NUL (header injection)', () => {
    for (const v of ['bob\r\nX-Admin: true', 'a\nb', 'a\rb', 'a\0b']) {
      expect(fieldsOf(() => base().header('X-User', v).build()), JSON.stringify(v)).toEqual(['headers']);
    }
    expect(base().header('X-User', 'bob "the builder"; q=0.5').build().headers['x-user']).toBe('bob "the builder"; q=0.5');
  });
  it('refuses header names that are not tokens, one problem per bad header', () => {
    for (const n of ['Bad Name', '', 'X(1)', 'naïve', 'a:b', 'x\ny']) {
      expect(fieldsOf(() => base().header(n, 'v').build()), JSON.stringify(n)).toEqual(['headers']);
    }
    expect(fieldsOf(() => base().header('a b', 'v').header('ok', 'v').header('c', 'x\r\n').build())).toEqual(['headers', 'headers']);
    expect(base().header("X-Ok!#$%&'*+-.^_`|~09", 'v').build().headers).toEqual({ "x-ok!#$%&'*+-.^_`|~09": 'v' });
  });
  it('refuses a body on GET and HEAD', () => {
    expect(fieldsOf(() => base().text('x').build())).toEqual(['body']);
    expect(fieldsOf(() => base().method('HEAD').json({}).build())).toEqual(['body']);
  });
  it('refuses values JSON cannot write, once, whatever the method', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    for (const [what, v] of [['undefined', undefined], ['function', () => 1], ['bigint', 10n], ['cycle', cyclic]] as const) {
      expect(fieldsOf(() => base().method('POST').json(v).build()), what).toEqual(['body']);
      expect(fieldsOf(() => base().json(v).build()), `${what} on GET`).toEqual(['body']);
    }
    expect(base().method('POST').json(null).build().body).toBe('null');
  });
  it('keeps the timeout an integer from 1 to 600000 ms', () => {
    for (const t of [0, -5, 1.5, 600001, Number.NaN, Infinity]) expect(fieldsOf(() => base().timeout(t).build()), String(t)).toEqual(['timeoutMs']);
    expect([base().timeout(1).build().timeoutMs, base().timeout(600000).build().timeoutMs]).toEqual([1, 600000]);
  });
  it('reports every problem at once, in field order, in a RequestValidationError', () => {
    let err: unknown;
    try {
      new RequestBuilder().timeout(0).json(undefined).header('bad name', 'v').url('ftp://x').header('X-Ok', 'a\nb').method('FETCH' as 'GET').build();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RequestValidationError);
    expect(err).toBeInstanceOf(Error);
    const e = err as RequestValidationError;
    expect(e.name).toBe('RequestValidationError');
    expect(e.problems.map((p) => p.field)).toEqual(['method', 'url', 'headers', 'headers', 'body', 'timeoutMs']);
    expect(e.problems.every((p) => typeof p.message === 'string' && p.message.length > 0)).toBe(true);
  });
});

describe('RequestBuilder: immutability', () => {
  const built = () => base().method('POST').header('Accept', 'application/json').json({ a: 1 }).build();

  it('freezes the request and its headers', () => {
    const req = built();
    expect([Object.isFrozen(req), Object.isFrozen(req.headers)]).toEqual([true, true]);
  });
  it('throws on every attempt to change a built request (strict mode) and keeps its values', () => {
    const req = built();
    const snapshot = structuredClone(req);
    const w = req as unknown as Record<string, unknown> & { headers: Record<string, string> };
    expect(() => {
      w.url = 'https://evil.test';
    }).toThrow(TypeError);
    expect(() => {
      w.headers.accept = 'text/html';
    }).toThrow(TypeError);
    expect(() => {
      w.headers['x-admin'] = 'true';
    }).toThrow(TypeError);
    expect(() => {
      delete w.body;
    }).toThrow(TypeError);
    expect(() => {
      w.extra = 1;
    }).toThrow(TypeError);
    expect(req).toEqual(snapshot);
  });
  it('lets the builder be reused without touching requests already built', () => {
    const b = base().header('Accept', 'application/json');
    const first = b.build();
    const snapshot = structuredClone(first);
    b.header('Accept', 'text/html').header('X-New', '1').query('page', 2).method('POST').text('body').timeout(5);
    const second = b.build();
    expect(first).toEqual(snapshot);
    expect(second).toEqual({ method: 'POST', url: 'https://api.example.com/v1/items?page=2', headers: { accept: 'text/html', 'x-new': '1', 'content-type': 'text/plain; charset=utf-8' }, body: 'body', timeoutMs: 5 });
  });
  it('returns a new, equal object from every build()', () => {
    const b = base().header('Accept', 'application/json');
    const [r1, r2] = [b.build(), b.build()];
    expect(r1).toEqual(r2);
    expect(r1).not.toBe(r2);
    expect(r1.headers).not.toBe(r2.headers);
    expect(b.query('a', 1).build().url).toBe('https://api.example.com/v1/items?a=1');
    expect(b.build().url).toBe('https://api.example.com/v1/items?a=1');
  });
  it('from(request) starts a builder holding the whole request, independent of it', () => {
    const req = base().method('POST').query('page', 3).header('Accept', 'application/json').text('hi', 'text/csv').timeout(1234).build();
    const again = RequestBuilder.from(req).build();
    expect(again).toEqual(req);
    expect(again).not.toBe(req);
    const changed = RequestBuilder.from(req).header('X-Extra', 'y').query('q', 'z').build();
    expect(changed.headers).toEqual({ accept: 'application/json', 'content-type': 'text/csv', 'x-extra': 'y' });
    expect(changed.url).toBe('https://api.example.com/v1/items?page=3&q=z');
    expect(req.headers).toEqual({ accept: 'application/json', 'content-type': 'text/csv' });
    expect(fieldsOf(() => RequestBuilder.from(req).method('GET').build())).toEqual(['body']);
  });
});

// ---- model-based: random scripts against a model of the rules ----------------------------
const BAD = Symbol('bad json');
const jsonCases: { make: () => unknown; text: string | typeof BAD }[] = [
  { make: () => ({ a: 1, b: [true, null] }), text: '{"a":1,"b":[true,null]}' },
  { make: () => 'str', text: '"str"' },
  { make: () => null, text: 'null' },
  { make: () => [1, 'x'], text: '[1,"x"]' },
  { make: () => ({ toJSON: () => 'custom' }), text: '"custom"' },
  { make: () => undefined, text: BAD },
  { make: () => () => 1, text: BAD },
  { make: () => 10n, text: BAD },
  {
    make: () => {
      const o: { self?: unknown } = {};
      o.self = o;
      return o;
    },
    text: BAD,
  },
];
type Cmd =
  | { op: 'method'; v: string }
  | { op: 'url'; v: string }
  | { op: 'query'; name: string; value: string | number | boolean }
  | { op: 'header'; name: string; value: string }
  | { op: 'json'; i: number }
  | { op: 'text'; body: string; type?: string }
  | { op: 'timeout'; v: number }
  | { op: 'build' };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ op: fc.constant('method' as const), v: fc.constantFrom('GET', 'post', 'PUT', 'Patch', 'DELETE', 'HEAD', 'OPTIONS', 'FETCH') }),
  fc.record({
    op: fc.constant('url' as const),
    v: fc.constantFrom('https://api.example.com/v1/items', 'http://localhost:8080/a?x=1#frag', 'https://ex.com/search?q=a%20b&q=c', 'HTTPS://Example.COM', 'ftp://files.example.com/x', 'not a url', '', '/relative'),
  }),
  fc.record({ op: fc.constant('query' as const), name: fc.constantFrom('q', 'page', 'a b', 'x&y', 'ü'), value: fc.oneof(fc.constantFrom('tea', 'x y', 'a=b&c', '', '☕'), fc.integer({ min: -3, max: 30 }), fc.boolean()) }),
  fc.record({
    op: fc.constant('header' as const),
    name: fc.constantFrom('Accept', 'accept', 'X-Trace-Id', 'Content-Type', 'content-type', 'bad name', 'X(1)', ''),
    value: fc.constantFrom('text/html', 'application/json', 'v1', '', 'a\r\nInjected: 1', 'x\ny', 'tab\there'),
  }),
  fc.record({ op: fc.constant('json' as const), i: fc.integer({ min: 0, max: jsonCases.length - 1 }) }),
  fc.record({ op: fc.constant('text' as const), body: fc.constantFrom('hello', '', 'a\nb'), type: fc.option(fc.constantFrom('text/csv', 'text/plain'), { nil: undefined }) }),
  fc.record({ op: fc.constant('timeout' as const), v: fc.constantFrom(1, 5000, 600000, 0, -1, 1.5, 600001) }),
  fc.constant({ op: 'build' as const }),
);

const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const isToken = (s: string) => s.length > 0 && [...s].every((c) => TOKEN_CHARS.includes(c));

class Model {
  method = 'GET';
  url: string | null = null;
  query: [string, string][] = [];
  headers = new Map<string, string>(); // lower-case name -> value, in first-set order
  body: { text: string } | 'bad' | null = null;
  timeout = 30000;

  apply(c: Cmd): void {
    switch (c.op) {
      case 'method':
        this.method = c.v.toUpperCase();
        break;
      case 'url':
        this.url = c.v;
        break;
      case 'query':
        this.query.push([c.name, String(c.value)]);
        break;
      case 'header':
        this.headers.set(c.name.toLowerCase(), c.value);
        break;
      case 'json': {
        const t = jsonCases[c.i]!.text;
        this.body = t === BAD ? 'bad' : { text: t };
        this.headers.set('content-type', 'application/json');
        break;
      }
      case 'text':
        this.body = { text: c.body };
        this.headers.set('content-type', c.type ?? 'text/plain; charset=utf-8');
        break;
      case 'timeout':
        this.timeout = c.v;
        break;
      case 'build':
        break;
    }
  }

  expected(): { problems: string[] } | { request: HttpRequest } {
    const problems: string[] = [];
    if (!['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(this.method)) problems.push('method');
    let url: URL | null = null;
    try {
      url = new URL(this.url ?? '');
    } catch {
      url = null;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) problems.push('url');
    for (const [name, value] of this.headers) if (!isToken(name) || value.includes('\r') || value.includes('\n') || value.includes('\0')) problems.push('headers');
    if (this.body === 'bad' || (this.body && (this.method === 'GET' || this.method === 'HEAD'))) problems.push('body');
    if (!(Number.isInteger(this.timeout) && this.timeout >= 1 && this.timeout <= 600000)) problems.push('timeoutMs');
    if (problems.length) return { problems };
    for (const [k, v] of this.query) url!.searchParams.append(k, v);
    return {
      request: {
        method: this.method as HttpRequest['method'],
        url: url!.href,
        headers: Object.fromEntries(this.headers),
        body: this.body && this.body !== 'bad' ? this.body.text : null,
        timeoutMs: this.timeout,
      },
    };
  }
}

describe('RequestBuilder: random scripts against a model', () => {
  it('builds what the model expects or reports exactly its problems, and earlier builds never change', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 1, maxLength: 14 }), (script) => {
        const b = new RequestBuilder();
        const model = new Model();
        const built: [HttpRequest, HttpRequest][] = [];
        for (const c of [...script, { op: 'build' as const }]) {
          model.apply(c);
          switch (c.op) {
            case 'method':
              b.method(c.v as 'GET');
              break;
            case 'url':
              b.url(c.v);
              break;
            case 'query':
              b.query(c.name, c.value);
              break;
            case 'header':
              b.header(c.name, c.value);
              break;
            case 'json':
              b.json(jsonCases[c.i]!.make());
              break;
            case 'text':
              if (c.type === undefined) b.text(c.body);
              else b.text(c.body, c.type);
              break;
            case 'timeout':
              b.timeout(c.v);
              break;
            case 'build': {
              const want = model.expected();
              if ('problems' in want) expect(fieldsOf(() => b.build())).toEqual(want.problems);
              else {
                const req = b.build();
                expect(req).toEqual(want.request);
                expect(Object.isFrozen(req) && Object.isFrozen(req.headers)).toBe(true);
                built.push([req, want.request]);
              }
            }
          }
        }
        for (const [req, want] of built) expect(req).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });
});
