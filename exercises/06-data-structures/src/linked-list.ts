import { todo } from '@roadmap/todo';

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
  // TODO: private fields #head, #tail (both ListNode<T> | null) and #length.

  constructor(items?: Iterable<T> | null) {
    // TODO: pushBack every item.
    todo('LinkedList');
  }

  /** The first node, to walk the list by hand (`null` when empty). */
  get head(): ListNode<T> | null {
    // TODO
    return todo('LinkedList.head');
  }

  get length(): number {
    // TODO
    return todo('LinkedList.length');
  }

  pushFront(value: T): void {
    // TODO
    todo('LinkedList.pushFront');
  }

  pushBack(value: T): void {
    // TODO: O(1) through the tail pointer.
    todo('LinkedList.pushBack');
  }

  popFront(): T {
    // TODO: keep the tail right when the list becomes empty.
    return todo('LinkedList.popFront');
  }

  /** O(n) in a singly linked list: the node before the tail has to be found from the head. */
  popBack(): T {
    // TODO
    return todo('LinkedList.popBack');
  }

  get(i: number): T {
    // TODO
    return todo('LinkedList.get');
  }

  insertAt(i: number, value: T): void {
    // TODO: 0 <= i <= length.
    todo('LinkedList.insertAt');
  }

  removeAt(i: number): T {
    // TODO: update the tail when removing the last node.
    return todo('LinkedList.removeAt');
  }

  /** The index of the first `value`, or -1. */
  indexOf(value: T): number {
    // TODO
    return todo('LinkedList.indexOf');
  }

  /** Removes the first `value`; returns whether there was one. */
  remove(value: T): boolean {
    // TODO
    return todo('LinkedList.remove');
  }

  /** Reverses the list in place by turning every `next` pointer around. */
  reverse(): void {
    // TODO: walk with prev/cur/next pointers; no new nodes. Head and tail swap roles.
    todo('LinkedList.reverse');
  }

  toArray(): T[] {
    // TODO
    return todo('LinkedList.toArray');
  }

  *[Symbol.iterator](): Generator<T, void, undefined> {
    // TODO
    return todo('LinkedList[Symbol.iterator]');
  }
}
