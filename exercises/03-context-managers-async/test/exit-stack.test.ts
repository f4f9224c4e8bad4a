import { describe, expect, it } from 'vitest';
import { ExitStack } from '../src/exit-stack.ts';

describe('ExitStack', () => {
  it('runs callbacks in reverse order of registration', () => {
    const log: string[] = [];
    {
      using stack = new ExitStack();
      stack.callback((s: string) => log.push(s), 'first');
      stack.callback((s: string) => log.push(s), 'second');
    }
    expect(log).toEqual(['second', 'first']);
  });
  it('enter() returns the resource and disposes it at the end', () => {
    const log: string[] = [];
    const res = { [Symbol.dispose]: () => log.push('closed') };
    {
      using stack = new ExitStack();
      expect(stack.enter(res)).toBe(res);
    }
    expect(log).toEqual(['closed']);
  });
  it('popAll() hands the cleanups to a new stack', () => {
    const log: string[] = [];
    const stack = new ExitStack();
    stack.callback(() => log.push('cleanup'));
    const moved = stack.popAll();
    stack[Symbol.dispose]();
    expect(log).toEqual([]);
    moved[Symbol.dispose]();
    expect(log).toEqual(['cleanup']);
  });
});
