import { describe, expect, it } from 'vitest';
import { parseTree, serializeTree } from '../src/tree.ts';

const oid = 'ce013625030ba8dba906f756967f9e9ca394464a';

describe('tree', () => {
  it('writes mode, name, NUL and 20 raw bytes', () => {
    const body = serializeTree([{ mode: '100644', name: 'hello.txt', oid }]);
    expect(Buffer.from(body).toString('hex')).toBe(Buffer.from('100644 hello.txt\0').toString('hex') + oid);
  });
  it('sorts a directory as if its name ended in "/"', () => {
    const body = serializeTree([
      { mode: '40000', name: 'foo', oid },
      { mode: '100644', name: 'foo.c', oid },
    ]);
    expect(parseTree(body).map((e) => e.name)).toEqual(['foo.c', 'foo']);
  });
});
