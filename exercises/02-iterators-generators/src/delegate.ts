import { todo } from '@roadmap/todo';

/** A tree node: a value and optional children. */
export interface Tree<T> {
  value: T;
  children?: Tree<T>[];
}

/** Arrays nested to any depth: `[1, [2, [3, [4]]]]`. */
export type Nested<T> = Array<T | Nested<T>>;

/**
 * Python:
 * ```python
 * def walk(node, order="pre"):
 *     count = 1
 *     if order == "pre":
 *         yield node["value"]
 *     for child in node.get("children", []):
 *         count += yield from walk(child, order)   # yield from returns the delegate's return value
 *     if order == "post":
 *         yield node["value"]
 *     return count
 * ```
 * TypeScript: `yield*` is `yield from`, and it too evaluates to the delegate's return value.
 * Yields the values depth first (`'pre'`: a node before its children, `'post'`: after them) and
 * returns the number of nodes visited. `for...of` ignores that return value; read it from the
 * final `{ done: true, value }`. Lazy: a node's children are looked at only when the walk
 * reaches them.
 */
export function walk<T>(tree: Tree<T>, order: 'pre' | 'post' = 'pre'): Generator<T, number, undefined> {
  // TODO: a recursive generator; count += yield* walk(child, order).
  return todo('walk');
}

/**
 * Python's recursive flatten:
 * ```python
 * def flatten(nested):
 *     for item in nested:
 *         if isinstance(item, list): yield from flatten(item)
 *         else: yield item
 * ```
 * Only arrays are opened. Strings, Sets and other iterables are items (opening strings would
 * never end: a one-letter string is an iterable of itself).
 */
export function flatten<T>(nested: Nested<T>): Generator<T, void, undefined> {
  // TODO: yield* flatten(item) for arrays, yield the item itself otherwise.
  return todo('flatten');
}
