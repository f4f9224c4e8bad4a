import { describe, expect, it } from 'vitest';
import { encodeObject, hashObject } from '../src/hash-object.ts';

describe('hash-object', () => {
  it('hashes "hello\\n" like `echo hello | git hash-object --stdin`', () => {
    expect(hashObject('blob', 'hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });
  it('frames the body with "<type> <size>\\0"', () => {
    expect(new TextDecoder().decode(encodeObject('blob', 'hello\n'))).toBe('blob 6\0hello\n');
  });
  it('hashes the empty tree to the id every git repository knows', () => {
    expect(hashObject('tree', new Uint8Array(0))).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });
});
