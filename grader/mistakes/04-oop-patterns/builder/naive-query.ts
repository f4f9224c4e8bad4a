// Mistake: glues the query string onto the URL text, which breaks an existing query or a #fragment.
import { type Problem, RequestValidationError } from './_request-errors.ts';

export { RequestValidationError } from './_request-errors.ts';
export type { Problem, RequestField } from './_request-errors.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** What `build()` returns: a deeply frozen value (the object and its `headers`). */
export interface HttpRequest {
  readonly method: HttpMethod;
  /** The absolute URL, query parameters included (`URL.href`). */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
  readonly timeoutMs: number;
}

const METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** RFC 9110 `token`: the characters a header name may use. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_TIMEOUT_MS = 600_000;

/** A body as the builder holds it: text, or the reason `json()` could not make text. */
type Body = { text: string } | { error: string } | null;

/**
 * Python builds such objects with keyword arguments and a frozen dataclass, or with a builder
 * whose methods `return self` so calls chain:
 * ```python
 * @dataclass(frozen=True)
 * class HttpRequest:
 *     method: str; url: str; headers: Mapping[str, str]; body: str | None; timeout_ms: int
 *
 * req = (RequestBuilder().method("POST").url("https://api.example.com/items")
 *        .query("page", 2).header("Accept", "application/json").json({"name": "tea"})
 *        .build())        # raises ValidationError listing every problem
 * ```
 * TypeScript: methods return `this`, and `build()` returns an `Object.freeze`d object.
 *
 * Rules:
 * - A new builder: method GET, no URL, no headers, no body, timeout 30000 ms.
 * - The setters only record, in any order, and return the builder. `method`: stored upper-cased.
 *   `url`: replaces the URL. `query(name, value)`: appends a parameter (repeats allowed).
 *   `header(name, value)`: header names are case-insensitive; a later call for the same name
 *   replaces the earlier value, and names are stored in lower case. `json(value)`: serialises
 *   the value *now* (later changes to it do not matter) and sets `content-type:
 *   application/json`. `text(body, contentType)` sets the body and its content type. The last
 *   json/text call wins. `timeout(ms)`.
 * - `build()` checks everything and, if anything is wrong, throws `RequestValidationError` with
 *   every problem, fields in the order method, url, headers, body, timeoutMs:
 *   - method: one of GET HEAD POST PUT PATCH DELETE OPTIONS (one problem at most);
 *   - url: given, parsable by `new URL`, with protocol `http:` or `https:` (one problem at most);
 *   - headers: one problem per header whose name is not an RFC 9110 token, or whose value
 *     holds CR, LF or NUL (header injection);
 *   - body: a value `JSON.stringify` cannot turn into text (undefined, a function, a BigInt, a
 *     cycle), else a body on a GET or HEAD request (one problem at most);
 *   - timeoutMs: an integer from 1 to 600000 (one problem at most).
 * - The URL of the request is `new URL(url)` with the query parameters appended in order through
 *   its `searchParams` (an existing query and a `#fragment` survive), as `href`.
 * - The request and its headers are frozen; the builder can keep being used and changed after
 *   `build()` without affecting requests already built, and every `build()` returns a new object.
 * - `RequestBuilder.from(request)` starts a builder holding everything `request` has, so
 *   `from(r).build()` equals `r` (Python's `dataclasses.replace`, step by step).
 */
export class RequestBuilder {
  #method: string = 'GET';
  #url: string | null = null;
  readonly #query: [string, string][] = [];
  // Keyed by lower-case name; a Map keeps the order headers were first set.
  readonly #headers = new Map<string, { name: string; value: string }>();
  #body: Body = null;
  #timeoutMs: number = DEFAULT_TIMEOUT_MS;

  static from(request: HttpRequest): RequestBuilder {
    const b = new RequestBuilder().method(request.method).url(request.url).timeout(request.timeoutMs);
    for (const [name, value] of Object.entries(request.headers)) b.header(name, value);
    b.#body = request.body === null ? null : { text: request.body };
    return b;
  }

  method(method: HttpMethod): this {
    this.#method = String(method).toUpperCase();
    return this;
  }

  url(url: string): this {
    this.#url = url;
    return this;
  }

  query(name: string, value: string | number | boolean): this {
    this.#query.push([name, String(value)]);
    return this;
  }

  header(name: string, value: string): this {
    this.#headers.set(name.toLowerCase(), { name, value });
    return this;
  }

  json(value: unknown): this {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
    } catch (e) {
      this.#body = { error: `JSON cannot represent the body: ${(e as Error).message}` };
      return this.header('content-type', 'application/json');
    }
    // JSON.stringify returns undefined (no exception) for undefined, functions and symbols.
    this.#body = text === undefined ? { error: `JSON cannot represent a body of type ${typeof value}` } : { text };
    return this.header('content-type', 'application/json');
  }

  text(body: string, contentType = 'text/plain; charset=utf-8'): this {
    this.#body = { text: body };
    return this.header('content-type', contentType);
  }

  timeout(ms: number): this {
    this.#timeoutMs = ms;
    return this;
  }

  build(): HttpRequest {
    const problems: Problem[] = [];
    if (!METHODS.includes(this.#method)) problems.push({ field: 'method', message: `unknown method "${this.#method}"` });

    let url: URL | null = null;
    if (this.#url === null || this.#url === '') problems.push({ field: 'url', message: 'a URL is required' });
    else if (!URL.canParse(this.#url)) problems.push({ field: 'url', message: `not an absolute URL: "${this.#url}"` });
    else {
      url = new URL(this.#url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push({ field: 'url', message: `only http and https URLs, got ${url.protocol}` });
    }

    for (const { name, value } of this.#headers.values()) {
      if (!TOKEN.test(name)) problems.push({ field: 'headers', message: `invalid header name ${JSON.stringify(name)}` });
      else if (/[\r\n\0]/.test(value)) problems.push({ field: 'headers', message: `header ${name} holds CR, LF or NUL (header injection)` });
    }

    const body = this.#body;
    if (body && 'error' in body) problems.push({ field: 'body', message: body.error });
    else if (body && (this.#method === 'GET' || this.#method === 'HEAD')) problems.push({ field: 'body', message: `a ${this.#method} request cannot have a body` });

    const t = this.#timeoutMs;
    if (!Number.isInteger(t) || t < 1 || t > MAX_TIMEOUT_MS) problems.push({ field: 'timeoutMs', message: `must be an integer from 1 to ${MAX_TIMEOUT_MS}, got ${t}` });

    if (problems.length) throw new RequestValidationError(problems);

    if (this.#query.length) url = new URL(`${this.#url}?${new URLSearchParams(this.#query)}`);
    // Fresh objects on every build, frozen: nothing here is shared with the builder.
    const headers = Object.freeze(Object.fromEntries([...this.#headers].map(([key, { value }]) => [key, value])));
    return Object.freeze({
      method: this.#method as HttpMethod,
      url: url!.href,
      headers,
      body: body && 'text' in body ? body.text : null,
      timeoutMs: t,
    });
  }
}
