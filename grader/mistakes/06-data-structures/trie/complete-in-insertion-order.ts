// Mistake: complete walks the children in insertion order (Map order), so suggestions come out unsorted.
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
  #root = newNode();
  #size = 0;

  constructor(words?: Iterable<string> | null) {
    if (words) for (const w of words) this.insert(w);
  }

  /** The number of distinct words. */
  get size(): number {
    return this.#size;
  }

  /** Adds a word; returns false if it was already there. */
  insert(word: string): boolean {
    let node = this.#root;
    for (const ch of units(word)) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = newNode()));
      node = next;
    }
    if (node.end) return false;
    node.end = true;
    this.#size++;
    return true;
  }

  has(word: string): boolean {
    return this.#walk(word)?.end ?? false;
  }

  /** Whether some word starts with `prefix` (every word starts with ''). */
  startsWith(prefix: string): boolean {
    const node = this.#walk(prefix);
    return node !== undefined && (node.end || node.children.size > 0);
  }

  /** The words starting with `prefix`, sorted; at most `limit` of them. */
  complete(prefix: string, limit = Infinity): string[] {
    const out: string[] = [];
    const start = this.#walk(prefix);
    // Depth-first, children in sorted order, a word before its extensions: that is sorted order.
    const visit = (node: TrieNode, word: string): void => {
      if (out.length >= limit) return;
      if (node.end) out.push(word);
      for (const [ch, child] of node.children) visit(child, word + ch);
    };
    if (start) visit(start, prefix);
    return out.slice(0, limit);
  }

  /** Removes a word and prunes the branch nodes it leaves useless; returns whether it was there. */
  delete(word: string): boolean {
    const path: [TrieNode, string][] = [];
    let node = this.#root;
    for (const ch of units(word)) {
      const next = node.children.get(ch);
      if (!next) return false;
      path.push([node, ch]);
      node = next;
    }
    if (!node.end) return false;
    node.end = false;
    this.#size--;
    // Walk back up, cutting nodes that end no word and have no children.
    for (let i = path.length - 1; i >= 0; i--) {
      const [parent, ch] = path[i]!;
      const child = parent.children.get(ch)!;
      if (child.end || child.children.size > 0) break;
      parent.children.delete(ch);
    }
    return true;
  }

  #walk(prefix: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.#root;
    for (const ch of units(prefix)) {
      node = node.children.get(ch);
      if (!node) return undefined;
    }
    return node;
  }
}

/** The UTF-16 code units of a string (not `for…of`, which would yield whole code points). */
function* units(s: string): Generator<string, void, undefined> {
  for (let i = 0; i < s.length; i++) yield s[i]!;
}
