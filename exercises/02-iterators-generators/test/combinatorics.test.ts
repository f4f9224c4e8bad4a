import { describe, expect, it } from 'vitest';
import { combinations, combinationsWithReplacement, permutations, product } from '../src/combinatorics.ts';

const words = (g: Iterable<string[]>) => [...g].map((t) => t.join(''));

describe('combinatorics', () => {
  it('product is nested loops, rightmost fastest', () => {
    expect(words(product('AB', 'xy'))).toEqual(['Ax', 'Ay', 'Bx', 'By']);
    expect(words(product('01', { repeat: 2 }))).toEqual(['00', '01', '10', '11']);
  });
  it('permutations and combinations in Python order', () => {
    expect(words(permutations('ABC', 2))).toEqual(['AB', 'AC', 'BA', 'BC', 'CA', 'CB']);
    expect(words(combinations('ABCD', 2))).toEqual(['AB', 'AC', 'AD', 'BC', 'BD', 'CD']);
    expect(words(combinationsWithReplacement('ABC', 2))).toEqual(['AA', 'AB', 'AC', 'BB', 'BC', 'CC']);
  });
});
