// Mistake: removing the last node does not move the tail back, so pushBack afterwards appends to a detached node.
/** One node of the list: its value and the next node (`null` at the tail). */
export interface ListNode<T> {
  value: T;
  next: ListNode<T> | null;
}

/**
 * A singly linked list with head and tail pointers.
 *
 * Python has no linked list in its standard library (`collections.deque` is a linked list of
 * blocks); the classic hand-written version is
 *
 * ```python
 * class Node:
 *     def __init__(self, value, next=None):
 *         self.value, self.next = value, next
 * ```
 *
 * ```ts
 * const list = new LinkedList([1, 2, 3]);
 * list.pushFront(0);      // 0 1 2 3, O(1)
 * list.pushBack(4);       // 0 1 2 3 4, O(1) thanks to the tail pointer
 * list.reverse();         // 4 3 2 1 0, in place: the same nodes, relinked
 * ```
 *
 * Indexes run from 0 to length - 1 (`insertAt` also accepts length); anything else, and popping
 * an empty list, throws `RangeError`. Values are compared with `===` (`indexOf`, `remove`).
 */
export class LinkedList<T> implements Iterable<T> {
  #head: ListNode<T> | null = null;
  #tail: ListNode<T> | null = null;
  #length = 0;

  constructor(items?: Iterable<T> | null) {
    if (items) for (const x of items) this.pushBack(x);
  }

  /** The first node, to walk the list by hand (`null` when empty). */
  get head(): ListNode<T> | null {
    return this.#head;
  }

  get length(): number {
    return this.#length;
  }

  pushFront(value: T): void {
    const node: ListNode<T> = { value, next: this.#head };
    this.#head = node;
    if (!this.#tail) this.#tail = node;
    this.#length++;
  }

  pushBack(value: T): void {
    const node: ListNode<T> = { value, next: null };
    if (this.#tail) this.#tail.next = node;
    else this.#head = node;
    this.#tail = node;
    this.#length++;
  }

  popFront(): T {
    const node = this.#head;
    if (!node) throw new RangeError('pop from an empty list');
    this.#head = node.next;
    if (!this.#head) this.#tail = null;
    this.#length--;
    return node.value;
  }

  /** O(n) in a singly linked list: the node before the tail has to be found from the head. */
  popBack(): T {
    if (!this.#tail) throw new RangeError('pop from an empty list');
    return this.removeAt(this.#length - 1);
  }

  get(i: number): T {
    this.#check(i, this.#length - 1);
    return this.#nodeAt(i).value;
  }

  insertAt(i: number, value: T): void {
    this.#check(i, this.#length);
    if (i === 0) return this.pushFront(value);
    if (i === this.#length) return this.pushBack(value);
    const prev = this.#nodeAt(i - 1);
    prev.next = { value, next: prev.next };
    this.#length++;
  }

  removeAt(i: number): T {
    this.#check(i, this.#length - 1);
    if (i === 0) return this.popFront();
    const prev = this.#nodeAt(i - 1);
    const node = prev.next!;
    prev.next = node.next;
    this.#length--;
    return node.value;
  }

  /** The index of the first `value`, or -1. */
  indexOf(value: T): number {
    let i = 0;
    for (let n = this.#head; n; n = n.next, i++) if (n.value === value) return i;
    return -1;
  }

  /** Removes the first `value`; returns whether there was one. */
  remove(value: T): boolean {
    const i = this.indexOf(value);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }

  /** Reverses the list in place by turning every `next` pointer around. */
  reverse(): void {
    let prev: ListNode<T> | null = null;
    let cur = this.#head;
    this.#tail = cur; // the old head becomes the tail
    while (cur) {
      const next: ListNode<T> | null = cur.next;
      cur.next = prev;
      prev = cur;
      cur = next;
    }
    this.#head = prev;
  }

  toArray(): T[] {
    return [...this];
  }

  *[Symbol.iterator](): Generator<T, void, undefined> {
    for (let n = this.#head; n; n = n.next) yield n.value;
  }

  #check(i: number, max: number): void {
    if (!Number.isInteger(i) || i < 0 || i > max) throw new RangeError(`index ${i} out of range`);
  }

  #nodeAt(i: number): ListNode<T> {
    let n = this.#head!;
    for (let k = 0; k < i; k++) n = n.next!;
    return n;
  }
}
