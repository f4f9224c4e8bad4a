import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Trie } from '@impl/06-data-structures/trie';
import { same } from './_kit.ts';

// Oracle: brute force over a Set of words (filter by startsWith, then the default sort).
const word = fc.array(fc.constantFrom('a', 'b', 'c', 'B', 'é', '\u{1F600}'), { maxLength: 5 }).map((cs) => cs.join(''));
const op = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), w: word }),
  fc.record({ kind: fc.constant('delete' as const), w: word }),
);

function check(t: Trie, words: Set<string>, prefixes: string[], what: string): void {
  same(t.size, words.size, `size after ${what}`);
  for (const p of prefixes) {
    const want = [...words].filter((w) => w.startsWith(p)).sort();
    same(t.complete(p), want, `complete(${JSON.stringify(p)}) after ${what}`);
    same(t.startsWith(p), want.length > 0, `startsWith(${JSON.stringify(p)}) after ${what}`);
    same(t.has(p), words.has(p), `has(${JSON.stringify(p)}) after ${what}`);
  }
}

describe('Trie', () => {
  it('agrees with a brute-force Set on insert, delete, has, startsWith and complete', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(word, { maxLength: 6 }), (ops, extra) => {
        const t = new Trie();
        const words = new Set<string>();
        for (const { kind, w } of ops) {
          if (kind === 'insert') {
            same(t.insert(w), !words.has(w), `insert(${JSON.stringify(w)})`);
            words.add(w);
          } else {
            same(t.delete(w), words.delete(w), `delete(${JSON.stringify(w)})`);
          }
        }
        const prefixes = ['', ...ops.map(({ w }) => w), ...ops.map(({ w }) => w.slice(0, 1)), ...extra];
        check(t, words, prefixes, `${ops.length} operations`);
      }),
    );
  });

  it('prunes deleted branches: startsWith turns false once no word has the prefix', () => {
    const t = new Trie(['car', 'cart', 'dog']);
    expect(t.delete('cart')).toBe(true);
    expect([t.startsWith('cart'), t.startsWith('car'), t.has('car')]).toEqual([false, true, true]);
    expect(t.delete('car')).toBe(true);
    expect([t.startsWith('c'), t.startsWith(''), t.size]).toEqual([false, true, 1]);
    expect(t.delete('dog')).toBe(true);
    expect([t.startsWith(''), t.size, t.complete('')]).toEqual([false, 0, []]);
  });

  it('completes in sorted (code unit) order, with a limit', () => {
    const words = ['banana', 'band', 'ban', 'Bandit', 'bandana', 'bañera', 'b'];
    const t = new Trie(words);
    expect(t.complete('ban')).toEqual(words.filter((w) => w.startsWith('ban')).sort());
    expect(t.complete('ban', 2)).toEqual(words.filter((w) => w.startsWith('ban')).sort().slice(0, 2));
    expect(t.complete('')).toEqual([...words].sort());
    expect(t.complete('x')).toEqual([]);
  });

  it('stores the empty string and words that are prefixes of other words', () => {
    const t = new Trie();
    expect(t.insert('')).toBe(true);
    expect(t.insert('')).toBe(false);
    t.insert('a');
    t.insert('ab');
    expect([t.has(''), t.has('a'), t.has('ab'), t.size]).toEqual([true, true, true, 3]);
    expect(t.delete('a')).toBe(true);
    expect([t.has('a'), t.has('ab'), t.startsWith('a')]).toEqual([false, true, true]);
  });
});
