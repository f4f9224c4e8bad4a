const hook = Symbol.for('roadmap.registerTypeScript');
let ready: Promise<void> | undefined;

/**
 * Makes `.ts` files importable by `import()`. The bundled CLI starts without the TypeScript loader
 * and registers it here, once, the first time one is needed; from source it is already registered.
 */
export function needTypeScript(): Promise<void> {
  const register = (globalThis as Record<symbol, (() => Promise<void>) | undefined>)[hook];
  ready ??= register ? register() : Promise.resolve();
  return ready;
}
