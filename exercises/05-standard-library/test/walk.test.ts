import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk } from '../src/walk.ts';

describe('walk', () => {
  it('walks top-down with sorted names', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'walk-'));
    try {
      mkdirSync(path.join(root, 'b'));
      mkdirSync(path.join(root, 'a'));
      writeFileSync(path.join(root, 'a', 'x.txt'), 'x');
      writeFileSync(path.join(root, 'top.txt'), 't');
      expect([...walk(root)]).toEqual([
        [root, ['a', 'b'], ['top.txt']],
        [path.join(root, 'a'), [], ['x.txt']],
        [path.join(root, 'b'), [], []],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
