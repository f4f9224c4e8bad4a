import { todo } from '@roadmap/todo';
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
  constructor() {
    // TODO: private fields: a name → { lifetime, factory } map, the singleton instances (and the
    // order they were made in, for dispose), a disposed flag.
    todo('Container');
  }

  register<K extends keyof S & string>(name: K, factory: Factory<S, S[K]>): this {
    // TODO: add a transient registration (refuse a name already registered); return this.
    return todo('Container.register');
  }

  singleton<K extends keyof S & string>(name: K, factory: Factory<S, S[K]>): this {
    // TODO
    return todo('Container.singleton');
  }

  scoped<K extends keyof S & string>(name: K, factory: Factory<S, S[K]>): this {
    // TODO
    return todo('Container.scoped');
  }

  resolve<K extends keyof S & string>(name: K): S[K] {
    // TODO: resolve with no scope and an empty chain. Write one private helper
    // #resolve(name, scope, chain) that checks disposed / cycle / missing / scope, returns a
    // cached singleton or scoped instance, or calls the factory with a Resolver that passes
    // chain + name (and the right scope) on to the dependencies.
    return todo('Container.resolve');
  }

  has(name: string): boolean {
    // TODO
    return todo('Container.has');
  }

  createScope(): Scope<S> {
    // TODO: fresh scope state (instances, creation order, disposed) and an object with
    // resolve / has / dispose / [Symbol.dispose] closing over it.
    return todo('Container.createScope');
  }

  dispose(): void {
    // TODO: once only: dispose the singletons, newest first.
    todo('Container.dispose');
  }

  [Symbol.dispose](): void {
    // TODO
    todo('Container[Symbol.dispose]');
  }
}
