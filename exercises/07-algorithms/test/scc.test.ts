import { describe, expect, it } from 'vitest';
import { tarjanScc } from '../src/scc.ts';

const sorted = (components: string[][]) => components.map((c) => [...c].sort());

describe('tarjanScc', () => {
  it('groups vertices that reach each other', () => {
    expect(sorted(tarjanScc({ a: ['b'], b: ['a', 'c'] }))).toEqual([['c'], ['a', 'b']]);
  });
  it('lists a component before the components that reach it', () => {
    expect(sorted(tarjanScc({ x: ['y'], y: ['z'] }))).toEqual([['z'], ['y'], ['x']]);
  });
});
