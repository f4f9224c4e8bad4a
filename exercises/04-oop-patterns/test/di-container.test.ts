import { describe, expect, it } from 'vitest';
import { Container, CycleError } from '../src/di-container.ts';

describe('Container', () => {
  it('shares singletons, keeps one scoped instance per scope and makes transients afresh', () => {
    const c = new Container<{ config: object; session: object; repo: { session: object } }>()
      .singleton('config', () => ({}))
      .scoped('session', () => ({}))
      .register('repo', (r) => ({ session: r.resolve('session') }));
    const s1 = c.createScope();
    const s2 = c.createScope();
    expect(s1.resolve('config')).toBe(s2.resolve('config'));
    expect(s1.resolve('session')).toBe(s1.resolve('session'));
    expect(s1.resolve('session')).not.toBe(s2.resolve('session'));
    expect(s1.resolve('repo')).not.toBe(s1.resolve('repo'));
    expect(s1.resolve('repo').session).toBe(s1.resolve('session'));
  });
  it('reports a dependency cycle as A → B → A', () => {
    const c = new Container()
      .register('A', (r) => r.resolve('B'))
      .register('B', (r) => r.resolve('A'));
    expect(() => c.resolve('A')).toThrow(CycleError);
    expect(() => c.resolve('A')).toThrow('A → B → A');
  });
});
