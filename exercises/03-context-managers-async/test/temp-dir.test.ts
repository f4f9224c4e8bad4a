import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../src/temp-dir.ts';

describe('tempDir', () => {
  it('creates a directory that exists inside the using block', () => {
    using tmp = tempDir();
    expect(existsSync(tmp.path)).toBe(true);
  });
  it('removes the directory when the block ends', () => {
    let seen = '';
    {
      using tmp = tempDir({ prefix: 'demo-' });
      seen = tmp.path;
    }
    expect(existsSync(seen)).toBe(false);
  });
});
