import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '@impl/03-context-managers-async/temp-dir';

// Every test works inside its own scratch parent on the real filesystem, removed afterwards.
let parent = '';
beforeEach(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'grader-tempdir-'));
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

const fill = (dir: string) => {
  writeFileSync(path.join(dir, 'a.txt'), 'alpha');
  mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'sub', 'deeper', 'b.bin'), new Uint8Array([1, 2, 3]));
};

describe('tempDir: creation', () => {
  it('creates an empty directory at once, before the block does anything', () => {
    const tmp = tempDir({ dir: parent });
    try {
      expect(statSync(tmp.path).isDirectory()).toBe(true);
      expect(readdirSync(tmp.path)).toEqual([]);
    } finally {
      tmp[Symbol.dispose]();
    }
  });
  it('puts the directory under os.tmpdir() by default and gives an absolute path', () => {
    using tmp = tempDir();
    expect(path.isAbsolute(tmp.path)).toBe(true);
    expect(path.dirname(tmp.path)).toBe(path.resolve(tmpdir()));
  });
  it('names the directory with the prefix inside the given parent', () => {
    using tmp = tempDir({ prefix: 'run-', dir: parent });
    expect(path.dirname(tmp.path)).toBe(parent);
    expect(path.basename(tmp.path).startsWith('run-')).toBe(true);
    expect(path.basename(tmp.path).length).toBeGreaterThan('run-'.length);
  });
  it('gives a different directory on every call with the same prefix', () => {
    using a = tempDir({ prefix: 'same-', dir: parent });
    using b = tempDir({ prefix: 'same-', dir: parent });
    using c = tempDir({ prefix: 'same-', dir: parent });
    expect(new Set([a.path, b.path, c.path]).size).toBe(3);
  });
});

describe('tempDir: disposal', () => {
  it('removes the directory and everything inside when the block ends', () => {
    let seen = '';
    {
      using tmp = tempDir({ dir: parent });
      seen = tmp.path;
      fill(tmp.path);
    }
    expect(existsSync(seen)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });
  it('removes the directory when the block throws, and the block\'s own error comes out unchanged', () => {
    let seen = '';
    const boom = new Error('boom');
    const run = () => {
      using tmp = tempDir({ dir: parent });
      seen = tmp.path;
      fill(tmp.path);
      throw boom;
    };
    let caught: unknown;
    try {
      run();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(boom);
    expect(existsSync(seen)).toBe(false);
  });
  it('cleans up a directory nested in another one (LIFO: the inner one goes first)', () => {
    let outerPath = '';
    let innerPath = '';
    {
      using outer = tempDir({ prefix: 'outer-', dir: parent });
      using inner = tempDir({ prefix: 'inner-', dir: outer.path });
      outerPath = outer.path;
      innerPath = inner.path;
      fill(inner.path);
      expect(path.dirname(inner.path)).toBe(outer.path);
    }
    expect(existsSync(innerPath)).toBe(false);
    expect(existsSync(outerPath)).toBe(false);
  });
  it('treats a second dispose as harmless', () => {
    const tmp = tempDir({ dir: parent });
    tmp[Symbol.dispose]();
    expect(() => tmp[Symbol.dispose]()).not.toThrow();
    expect(existsSync(tmp.path)).toBe(false);
  });
  it('does not throw when the directory was already deleted by someone else', () => {
    const tmp = tempDir({ dir: parent });
    rmSync(tmp.path, { recursive: true });
    expect(() => tmp[Symbol.dispose]()).not.toThrow();
  });
  it('leaves the parent and sibling folders alone', () => {
    const sibling = path.join(parent, 'keep-me');
    mkdirSync(sibling);
    writeFileSync(path.join(sibling, 'k.txt'), 'keep');
    {
      using tmp = tempDir({ dir: parent });
      fill(tmp.path);
    }
    expect(readdirSync(parent)).toEqual(['keep-me']);
    expect(readdirSync(sibling)).toEqual(['k.txt']);
  });
  it('does not follow a symbolic link out of the directory when deleting', () => {
    const outside = path.join(parent, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'precious.txt'), 'do not delete');
    {
      using tmp = tempDir({ dir: parent });
      symlinkSync(outside, path.join(tmp.path, 'link'), 'dir');
    }
    expect(readdirSync(parent)).toEqual(['outside']);
    expect(readdirSync(outside)).toEqual(['precious.txt']);
  });
});
