import { describe, expect, it } from 'vitest';
import { LinkedList } from '../src/linked-list.ts';

describe('LinkedList', () => {
  it('pushes at both ends and iterates in order', () => {
    const list = new LinkedList([1, 2]);
    list.pushFront(0);
    list.pushBack(3);
    expect([...list]).toEqual([0, 1, 2, 3]);
  });
  it('reverses in place', () => {
    const list = new LinkedList([1, 2, 3]);
    list.reverse();
    expect(list.toArray()).toEqual([3, 2, 1]);
  });
});
