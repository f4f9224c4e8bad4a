import { describe, expect, it } from 'vitest';
import { candidateKeys, closure, decompose3NF, isBCNF } from '../src/normalization.ts';

// R(A, B, C, D, E) with A → B, B → C, CD → E.
const R = ['A', 'B', 'C', 'D', 'E'];
const F = [
  { lhs: ['A'], rhs: ['B'] },
  { lhs: ['B'], rhs: ['C'] },
  { lhs: ['C', 'D'], rhs: ['E'] },
];

describe('normalization', () => {
  it('computes A⁺ = ABC', () => {
    expect(closure(['A'], F)).toEqual(['A', 'B', 'C']);
  });
  it('finds the key AD', () => {
    expect(candidateKeys(R, F)).toEqual([['A', 'D']]);
  });
  it('sees that R is not in BCNF', () => {
    expect(isBCNF(R, F)).toBe(false);
  });
  it('decomposes into 3NF parts', () => {
    expect(decompose3NF(R, F)).toEqual([
      ['A', 'B'],
      ['A', 'D'],
      ['B', 'C'],
      ['C', 'D', 'E'],
    ]);
  });
});
