import { describe, expect, it } from 'vitest';
import { Trie } from '../src/trie.ts';

describe('Trie', () => {
  it('finds words and prefixes', () => {
    const t = new Trie(['car', 'cart', 'care']);
    expect([t.has('car'), t.has('ca'), t.startsWith('ca')]).toEqual([true, false, true]);
  });
  it('completes a prefix in sorted order', () => {
    const t = new Trie(['cart', 'car', 'care', 'dog']);
    expect(t.complete('car')).toEqual(['car', 'care', 'cart']);
  });
});
