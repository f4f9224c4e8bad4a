import { describe, expect, it } from 'vitest';
import { ChainMap } from '../src/chain-map.ts';

describe('ChainMap', () => {
  it('the first map that has the key wins', () => {
    const cm = new ChainMap(new Map([['debug', 'yes']]), new Map([['debug', 'no'], ['user', 'guest']]));
    expect(cm.get('debug')).toBe('yes');
    expect(cm.get('user')).toBe('guest');
  });
  it('writes go to the first map only', () => {
    const defaults = new Map([['color', 'red']]);
    const cm = new ChainMap(new Map<string, string>(), defaults);
    cm.set('color', 'blue');
    expect(defaults.get('color')).toBe('red');
    expect(cm.get('color')).toBe('blue');
  });
});
