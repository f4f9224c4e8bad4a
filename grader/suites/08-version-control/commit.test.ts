import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommit, serializeCommit } from '@impl/08-version-control/commit';
import { EMPTY_TREE, golden, modelOid, parseCatFileBatch, TempRepo } from './_kit.ts';

type Fields = { tree: string; parents: string[]; author: string; committer: string; message: string };
type Golden = (Fields & { oid: string; body: string })[];

interface Spec {
  title: string;
  parents: number[]; // indices of earlier specs
  author: [string, string, string];
  committer: [string, string, string];
  message: string;
}

// Each spec becomes one `git commit-tree` call (message on stdin: kept verbatim) in one shell.
const specs: Spec[] = [
  { title: 'a root commit (no parent line)', parents: [], author: ['Ada Lovelace', 'ada@example.com', '1700000000 +0100'], committer: ['Grace Hopper', 'grace@example.com', '1700000100 -0530'], message: 'initial commit\n' },
  { title: 'a commit with one parent', parents: [0], author: ['Ada Lovelace', 'ada@example.com', '1700000200 +0100'], committer: ['Ada Lovelace', 'ada@example.com', '1700000300 +0100'], message: 'fix: off by one\n\nThe loop ran once too often.\n' },
  { title: 'a message without a final newline', parents: [1], author: ['Grace Hopper', 'grace@example.com', '1600000000 +0000'], committer: ['Grace Hopper', 'grace@example.com', '1600000000 +0000'], message: 'no newline at the end' },
  { title: 'a merge with two parents in order', parents: [2, 0], author: ['Alan Turing', 'alan@example.org', '1500000000 -1200'], committer: ['Alan Turing', 'alan@example.org', '1500000001 +1400'], message: 'Merge branch topic\n' },
  { title: 'an octopus merge with three parents', parents: [1, 3, 2], author: ['Édouard Lucas', 'lucas@example.fr', '1234567890 +0545'], committer: ['李雷', 'li@example.cn', '1234567891 +0800'], message: 'octopus ✓\n' },
  { title: 'a message with blank lines around it', parents: [4], author: ['Ada Lovelace', 'ada@example.com', '1700000000 +0100'], committer: ['Grace Hopper', 'grace@example.com', '1700000100 -0530'], message: '\n\nsubject after blank lines\n\n\n' },
];

let repo: TempRepo;
const made: { fields: Fields; oid: string; body: Buffer }[] = [];

beforeAll(() => {
  repo = new TempRepo();
  const script = specs
    .map((s, i) => {
      const env = `GIT_AUTHOR_NAME='${s.author[0]}' GIT_AUTHOR_EMAIL='${s.author[1]}' GIT_AUTHOR_DATE='${s.author[2]}' GIT_COMMITTER_NAME='${s.committer[0]}' GIT_COMMITTER_EMAIL='${s.committer[1]}' GIT_COMMITTER_DATE='${s.committer[2]}'`;
      const parents = s.parents.map((p) => `-p "$c${p}"`).join(' ');
      const msg = repo.write(`../msg${i}`, s.message);
      return `c${i}=$(${env} git commit-tree ${EMPTY_TREE} ${parents} < '${msg}')\necho "$c${i}"`;
    })
    .join('\n');
  const oids = repo.sh(script).trim().split('\n');
  const bodies = parseCatFileBatch(repo.run(['cat-file', '--batch'], oids.join('\n') + '\n').stdout);
  specs.forEach((s, i) => {
    made.push({
      fields: {
        tree: EMPTY_TREE,
        parents: s.parents.map((p) => oids[p]!),
        author: s.author.slice(0, 2).join(' <') + '> ' + s.author[2],
        committer: s.committer.slice(0, 2).join(' <') + '> ' + s.committer[2],
        message: s.message,
      },
      oid: oids[i]!,
      body: bodies[i]!.content,
    });
  });
});
afterAll(() => repo?.dispose());

describe('serializeCommit', () => {
  for (const [i, s] of specs.entries()) {
    it(`writes the bytes git commit-tree stores for ${s.title}`, () => {
      const m = made[i]!;
      const body = serializeCommit(m.fields);
      expect(Buffer.from(body).toString('utf8')).toBe(m.body.toString('utf8'));
      expect(modelOid('commit', body)).toBe(m.oid);
    });
  }

  it('accepts a readonly parents array and leaves its input unchanged', () => {
    const fields = Object.freeze({ ...made[3]!.fields, parents: Object.freeze([...made[3]!.fields.parents]) });
    expect(modelOid('commit', serializeCommit(fields))).toBe(made[3]!.oid);
  });

  it('matches the goldens made with git commit-tree', () => {
    for (const g of golden<Golden>('commit.json')) {
      const body = serializeCommit(g);
      expect({ message: g.message, body: Buffer.from(body).toString('base64') }).toEqual({ message: g.message, body: g.body });
    }
  });
});

describe('parseCommit', () => {
  it('reads tree, parents, author, committer and message back from git-made commits', () => {
    for (const m of made) expect(parseCommit(Uint8Array.from(m.body))).toEqual(m.fields);
  });

  it('skips headers it does not know, including multi-line ones (encoding, gpgsig)', () => {
    const body = made[1]!.body.toString('utf8');
    const withExtras = body.replace(
      '\n\n',
      '\nencoding ISO-8859-1\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\n',
    );
    expect(parseCommit(new TextEncoder().encode(withExtras))).toEqual(made[1]!.fields);
  });

  it('reads the goldens back into their fields', () => {
    for (const g of golden<Golden>('commit.json')) {
      const { oid: _oid, body, ...fields } = g;
      expect(parseCommit(Uint8Array.from(Buffer.from(body, 'base64')))).toEqual(fields);
    }
  });
});
