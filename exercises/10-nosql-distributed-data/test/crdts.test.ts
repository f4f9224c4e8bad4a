import { describe, expect, it } from 'vitest';
import { GCounter, LWWRegister, ORSet } from '../src/crdts.ts';

describe('CRDTs', () => {
  it('G-Counter: merging takes the maximum per replica', () => {
    const a = new GCounter('a');
    const b = new GCounter('b');
    a.increment(2);
    b.increment(3);
    const ab = a.merge(b);
    expect(ab.value).toBe(5);
    expect(ab.merge(b).value).toBe(5); // merging twice does not double count
  });
  it('LWW-Register: the later write wins', () => {
    const a = new LWWRegister<string>('a');
    const b = new LWWRegister<string>('b');
    a.set('old', 1);
    b.set('new', 2);
    expect(a.merge(b).value).toBe('new');
  });
  it('OR-Set: an add concurrent with a remove wins', () => {
    const a = new ORSet('a');
    a.add('x');
    const b = new ORSet('b').merge(a);
    a.remove('x');
    b.add('x');
    expect(a.merge(b).has('x')).toBe(true);
  });
});
