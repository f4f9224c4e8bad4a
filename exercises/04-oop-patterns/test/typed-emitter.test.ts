import { describe, expect, it } from 'vitest';
import { Emitter } from '../src/typed-emitter.ts';

type Events = { data: [chunk: string]; end: [] };

describe('Emitter', () => {
  it('calls listeners in the order they were added', () => {
    const e = new Emitter<Events>();
    const log: string[] = [];
    e.on('data', (c) => log.push(`first ${c}`)).on('data', (c) => log.push(`second ${c}`));
    expect(e.emit('data', 'x')).toBe(true);
    expect(log).toEqual(['first x', 'second x']);
  });
  it('runs a once listener a single time', () => {
    const e = new Emitter<Events>();
    let ends = 0;
    e.once('end', () => ends++);
    e.emit('end');
    e.emit('end');
    expect(ends).toBe(1);
    expect(e.listenerCount('end')).toBe(0);
  });
});
