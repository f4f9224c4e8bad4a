import { todo } from '@roadmap/todo';

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}
const newNode = (): TrieNode => ({ children: new Map(), end: false });

/**
 * A prefix tree of strings: one edge per UTF-16 code unit, a flag on the nodes where a word ends.
 *
 * Python has no trie in the standard library; the usual sketch is nested dicts:
 *
 * ```python
 * root = {}
 * def insert(word):
 *     node = root
 *     for ch in word:
 *         node = node.setdefault(ch, {})
 *     node['$'] = True
 * ```
 *
 * ```ts
 * const t = new Trie();
 * t.insert('car'); t.insert('cart'); t.insert('care');
 * t.has('car');           // true
 * t.startsWith('ca');     // true
 * t.complete('car');      // ['car', 'care', 'cart']: sorted
 * t.delete('cart');       // true, and the 't' branch is pruned
 * ```
 *
 * `complete` lists words in the order of the default string sort (UTF-16 code units), and
 * `delete` removes the nodes that no longer lead to any word, so `startsWith` stays truthful.
 */
export class Trie {
  // TODO: private fields: the root node and the word count.

  constructor(words?: Iterable<string> | null) {
    // TODO: insert every word.
    todo('Trie');
  }

  /** The number of distinct words. */
  get size(): number {
    // TODO
    return todo('Trie.size');
  }

  /** Adds a word; returns false if it was already there. */
  insert(word: string): boolean {
    // TODO
    return todo('Trie.insert');
  }

  has(word: string): boolean {
    // TODO
    return todo('Trie.has');
  }

  /** Whether some word starts with `prefix` (every word starts with ''). */
  startsWith(prefix: string): boolean {
    // TODO
    return todo('Trie.startsWith');
  }

  /** The words starting with `prefix`, sorted; at most `limit` of them. */
  complete(prefix: string, limit = Infinity): string[] {
    // TODO: walk to the prefix node, then depth-first with the children in sorted order.
    return todo('Trie.complete');
  }

  /** Removes a word and prunes the branch nodes it leaves useless; returns whether it was there. */
  delete(word: string): boolean {
    // TODO: remember the path on the way down; on the way back up, cut nodes that end no word
    // and have no children.
    return todo('Trie.delete');
  }
}
