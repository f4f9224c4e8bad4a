import { todo } from '@roadmap/todo';
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
  constructor() {
    // TODO: private fields (#method, #url, #query, #headers, #body, #timeoutMs) with the defaults.
    todo('RequestBuilder');
  }

  static from(request: HttpRequest): RequestBuilder {
    // TODO: a new builder holding the request's method, url, headers, body and timeout.
    return todo('RequestBuilder.from');
  }

  method(method: HttpMethod): this {
    // TODO: record it upper-cased; return this.
    return todo('RequestBuilder.method');
  }

  url(url: string): this {
    // TODO
    return todo('RequestBuilder.url');
  }

  query(name: string, value: string | number | boolean): this {
    // TODO: append [name, String(value)].
    return todo('RequestBuilder.query');
  }

  header(name: string, value: string): this {
    // TODO: set it under the lower-case name (replacing any other spelling).
    return todo('RequestBuilder.header');
  }

  json(value: unknown): this {
    // TODO: serialise now; remember a failure for build(); set content-type.
    return todo('RequestBuilder.json');
  }

  text(body: string, contentType = 'text/plain; charset=utf-8'): this {
    // TODO
    return todo('RequestBuilder.text');
  }

  timeout(ms: number): this {
    // TODO
    return todo('RequestBuilder.timeout');
  }

  build(): HttpRequest {
    // TODO: collect every problem (throw RequestValidationError if any), else return a new
    // frozen request with its own frozen headers object.
    return todo('RequestBuilder.build');
  }
}
