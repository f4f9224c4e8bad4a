import { describe, expect, it } from 'vitest';
import { parseCommit, serializeCommit } from '../src/commit.ts';

const fields = {
  tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  parents: [],
  author: 'Ada Lovelace <ada@example.com> 1700000000 +0100',
  committer: 'Grace Hopper <grace@example.com> 1700000100 -0530',
  message: 'initial commit\n',
};

describe('commit', () => {
  it('writes headers, a blank line and the message', () => {
    expect(new TextDecoder().decode(serializeCommit(fields))).toBe(
      'tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n' +
        'author Ada Lovelace <ada@example.com> 1700000000 +0100\n' +
        'committer Grace Hopper <grace@example.com> 1700000100 -0530\n' +
        '\n' +
        'initial commit\n',
    );
  });
  it('parses what it serializes', () => {
    expect(parseCommit(serializeCommit(fields))).toEqual(fields);
  });
});
