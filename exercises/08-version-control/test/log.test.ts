import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstParentLog } from '../src/log.ts';
import { writeLooseObject } from '../src/loose-object.ts';
import { serializeCommit } from '../src/commit.ts';
import { writeFileSync } from 'node:fs';

const ident = 'Ada Lovelace <ada@example.com> 1700000000 +0100';
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('log', () => {
  it('walks first parents from HEAD', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'log-'));
    const commit = (parents: string[], message: string) =>
      writeLooseObject(dir, 'commit', serializeCommit({ tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904', parents, author: ident, committer: ident, message }));
    const root = commit([], 'root\n');
    const side = commit([root], 'side\n');
    const main = commit([root], 'main\n');
    const merge = commit([main, side], 'merge\n');
    writeFileSync(path.join(dir, 'HEAD'), `${merge}\n`);
    expect(firstParentLog(dir)).toEqual([merge, main, root]);
  });
});
