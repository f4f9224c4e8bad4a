// Mistake: detects cycles with a set of every service visited during the resolve, so a diamond (two paths to one service) is reported as a cycle.
import { CycleError, MissingServiceError, ScopeError } from './_di-errors.ts';

export { CycleError, MissingServiceError, ScopeError } from './_di-errors.ts';

/** transient: a new instance per resolve; singleton: one per container; scoped: one per scope. */
export type Lifetime = 'transient' | 'singleton' | 'scoped';

/** What a factory receives: resolves the services it depends on. */
export interface Resolver<S> {
  resolve<K extends keyof S & string>(name: K): S[K];
  has(name: string): boolean;
}

/** Builds one service from its dependencies. */
export type Factory<S, T> = (resolver: Resolver<S>) => T;

/** A unit of work (one web request, one job) with its own scoped instances. */
export interface Scope<S> extends Resolver<S>, Disposable {
  dispose(): void;
}

/** The bookkeeping of one scope: its instances and the order they were made in. */
interface ScopeState {
  readonly instances: Map<string, unknown>;
  readonly created: unknown[];
  disposed: boolean;
}

interface Entry {
  readonly lifetime: Lifetime;
  readonly factory: Factory<never, unknown>;
}

/** Calls `[Symbol.dispose]()` on each instance that has one, the newest first. */
function disposeAll(created: unknown[]): void {
  const list = created.splice(0);
  for (let i = list.length - 1; i >= 0; i--) {
    const x = list[i] as Partial<Disposable> | null;
    if (x !== null && (typeof x === 'object' || typeof x === 'function') && typeof x[Symbol.dispose] === 'function') x[Symbol.dispose]!();
  }
}

/**
 * Python has no standard container; libraries (`dependency_injector`, `injector`, FastAPI's
 * `Depends`) keep a table from a name or type to a provider with a lifetime:
 * ```python
 * container = Container()
 * container.singleton("config", lambda c: Config.from_env())
 * container.scoped("session", lambda c: Session(c.resolve("config")))
 * container.register("repo", lambda c: Repo(c.resolve("session")))
 * with container.create_scope() as scope:   # one per request
 *     repo = scope.resolve("repo")
 * ```
 * TypeScript: the same, with a map type `S` from service name to service type, so
 * `resolve('repo')` is typed `Repo` and registering a factory of the wrong type is a compile
 * error:
 * ```ts
 * const c = new Container<{ config: Config; session: Session; repo: Repo }>()
 *   .singleton('config', () => loadConfig())
 *   .scoped('session', (r) => new Session(r.resolve('config')))
 *   .register('repo', (r) => new Repo(r.resolve('session')));
 * { using scope = c.createScope(); scope.resolve('repo'); }
 * ```
 * Rules:
 * - `register` (transient), `singleton` and `scoped` add a factory under a name and return the
 *   container. A name already registered (under any lifetime): `Error` mentioning "already
 *   registered". Nothing is built at registration: factories run on the first resolve that needs
 *   them, and get a `Resolver` for their own dependencies.
 * - transient: a new instance on every resolve. singleton: built once, by the container, and
 *   shared by the container and every scope. scoped: one instance per scope.
 * - Lifetimes cannot be mixed upwards: a scoped service resolved from the container itself, or
 *   reached while building a singleton (even through transients), throws `ScopeError` whose
 *   `path` is the chain of names, e.g. `['cache', 'request']`. A singleton holding a scoped
 *   instance would keep the first request's session forever (a "captive dependency").
 * - An unregistered name: `MissingServiceError` with the chain as `path` (`['app', 'repo', 'db']`).
 * - A dependency cycle: `CycleError` with the cycle from the repeated name: resolving `app`
 *   whose chain runs app → A → B → A reports `cycle` `['A', 'B', 'A']` and the message
 *   `Dependency cycle: A → B → A`. A diamond (A → B → D, A → C → D) is not a cycle.
 * - A factory's error propagates unchanged; nothing is cached for a service whose factory did
 *   not return, and the next resolve starts afresh.
 * - Checks run in this order for each name on the chain: disposed, cycle, missing, scope.
 * - `scope.dispose()` (also `[Symbol.dispose]`, for `using`) calls `[Symbol.dispose]()` on the
 *   scoped instances that scope created, newest first; `container.dispose()` does the same for
 *   singletons. Transients belong to whoever asked for them and are never disposed. A second
 *   dispose does nothing. After disposal, resolving from that scope (or from the container or
 *   any of its scopes, once the container is disposed) throws `ScopeError`.
 */
export class Container<S extends object = Record<string, unknown>> implements Resolver<S>, Disposable {
  readonly #entries = new Map<string, Entry>();
  readonly #singletons = new Map<string, unknown>();
  readonly #created: unknown[] = [];
  #disposed = false;

  register<K extends keyof S & string>(name: K, factory: Factory<S, S[K]>): this {
    return this.#add(name, 'transient', factory);
  }

  singleton<K extends keyof S & string>(name: K, factory: Factory<S, S[K]>): this {
    return this.#add(name, 'singleton', factory);
  }

  scoped<K extends keyof S & string>(name: K, factory: Factory<S, S[K]>): this {
    return this.#add(name, 'scoped', factory);
  }

  resolve<K extends keyof S & string>(name: K): S[K] {
    return this.#resolve(name, null, [], new Set()) as S[K];
  }

  has(name: string): boolean {
    return this.#entries.has(name);
  }

  createScope(): Scope<S> {
    if (this.#disposed) throw new ScopeError('the container is disposed', []);
    const state: ScopeState = { instances: new Map(), created: [], disposed: false };
    const dispose = () => {
      if (state.disposed) return;
      state.disposed = true;
      state.instances.clear();
      disposeAll(state.created);
    };
    // A closure, not another class: it can reach this container's #resolve.
    return {
      resolve: <K extends keyof S & string>(name: K) => this.#resolve(name, state, [], new Set()) as S[K],
      has: (name: string) => this.has(name),
      dispose,
      [Symbol.dispose]: dispose,
    };
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#singletons.clear();
    disposeAll(this.#created);
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  #add(name: string, lifetime: Lifetime, factory: Factory<S, unknown>): this {
    if (typeof name !== 'string' || name === '') throw new TypeError('a service name must be a non-empty string');
    if (typeof factory !== 'function') throw new TypeError(`the factory of "${name}" must be a function`);
    if (this.#entries.has(name)) throw new Error(`"${name}" is already registered (as ${this.#entries.get(name)!.lifetime})`);
    this.#entries.set(name, { lifetime, factory: factory as Factory<never, unknown> });
    return this;
  }

  /**
   * Resolves `name` for a chain of services being built (`chain`, outermost first) inside
   * `scope` (null: the container itself, where singletons are built).
   */
  #resolve(name: string, scope: ScopeState | null, chain: readonly string[], seen: Set<string>): unknown {
    const path = [...chain, name];
    if (this.#disposed) throw new ScopeError('the container is disposed', path);
    if (scope?.disposed) throw new ScopeError('the scope is disposed', path);
    if (seen.has(name)) throw new CycleError(path.slice(Math.max(0, chain.indexOf(name))));
    seen.add(name);
    const entry = this.#entries.get(name);
    if (!entry) throw new MissingServiceError(path);

    let cache: Map<string, unknown> | null = null;
    let created: unknown[] | null = null;
    let inner: ScopeState | null = scope; // where the factory's own dependencies are resolved
    if (entry.lifetime === 'singleton') {
      [cache, created, inner] = [this.#singletons, this.#created, null];
    } else if (entry.lifetime === 'scoped') {
      if (!scope) throw new ScopeError(`scoped service "${name}" cannot be resolved outside a scope`, path);
      [cache, created] = [scope.instances, scope.created];
    }
    if (cache?.has(name)) return cache.get(name);

    // Each level gets its own `path` array, so there is no shared "being resolved" state to
    // clean up when a factory throws: an error simply unwinds the JavaScript call stack.
    const resolver: Resolver<S> = {
      resolve: <K extends keyof S & string>(dep: K) => this.#resolve(dep, inner, path, seen) as S[K],
      has: (dep: string) => this.has(dep),
    };
    const instance = (entry.factory as Factory<S, unknown>)(resolver);
    if (cache) {
      cache.set(name, instance);
      created!.push(instance);
    }
    return instance;
  }
}
