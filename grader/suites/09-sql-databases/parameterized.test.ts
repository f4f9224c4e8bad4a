import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@impl/09-sql-databases/_db';
import { findUserByEmail, findUsersByNamePrefix } from '@impl/09-sql-databases/parameterized';
import { asDb, openDb, type Sqlite } from './_kit.ts';

const NAMES = [
  'Ada', 'ANNA', 'Ana', 'annabel', 'Anne-Marie', 'Bob', "O'Brien", '50% Club', '500 Club', '5% Off', 'a_b', 'aXb', 'a%b',
  'back\\slash', 'backslash', 'Zoë', 'zeta', '_under', '%percent', 'Ann', 'anna', 'Bobby Tables', 'x', 'X-ray',
];
const USERS = NAMES.map((name, i) => ({ id: i + 1, email: i === 6 ? "o'brien@example.com" : `user${i + 1}@example.com`, name }));

let raw: Sqlite;
let prepared: string[];
let db: Db;

beforeEach(() => {
  raw = openDb();
  raw.exec('CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL)');
  const ins = raw.prepare('INSERT INTO users VALUES (@id, @email, @name)');
  for (const u of USERS) ins.run(u);
  // A handle that remembers the SQL text of every statement prepared through it.
  prepared = [];
  const real = asDb(raw);
  db = {
    prepare: (sql: string) => {
      prepared.push(sql);
      return real.prepare(sql);
    },
    exec: (sql: string) => {
      prepared.push(sql);
      return real.exec(sql);
    },
    get inTransaction() {
      return real.inTransaction;
    },
  };
});
afterEach(() => raw.close());

/** The model: names starting with the prefix, ASCII letters compared without case; by name, then id. */
function expectedPrefix(prefix: string) {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return USERS.filter((u) => fold(u.name).startsWith(fold(prefix))).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
}

describe('findUserByEmail', () => {
  it('finds a user by exact email', () => {
    expect(findUserByEmail(db, 'user2@example.com')).toEqual(USERS[1]);
  });

  it('returns undefined for an unknown email', () => {
    expect(findUserByEmail(db, 'nobody@example.com')).toBeUndefined();
  });

  it("finds an email that contains a quote (o'brien@example.com)", () => {
    expect(findUserByEmail(db, "o'brien@example.com")).toEqual(USERS[6]);
  });

  for (const attack of ["' OR 1=1 --", "x' OR 'a'='a", "user1@example.com' --", "'; DROP TABLE users; --"]) {
    it(`treats ${JSON.stringify(attack)} as an email nobody has`, () => {
      expect(findUserByEmail(db, attack)).toBeUndefined();
      expect(raw.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: USERS.length });
    });
  }

  it('sends the email as a parameter: it never appears in the SQL text', () => {
    const probe = 'probe-7f3a@example.com';
    findUserByEmail(db, probe);
    expect(prepared.length).toBeGreaterThan(0);
    expect(prepared.filter((sql) => sql.includes(probe))).toEqual([]);
  });
});

describe('findUsersByNamePrefix', () => {
  for (const prefix of ['an', 'AN', 'Ann', 'b', 'z']) {
    it(`matches the prefix ${JSON.stringify(prefix)} without regard to ASCII case, ordered by name then id`, () => {
      expect(findUsersByNamePrefix(db, prefix)).toEqual(expectedPrefix(prefix));
    });
  }

  for (const prefix of ['50%', '5%', 'a_', 'a%', '%', '_', 'back\\']) {
    it(`treats % _ and \\ in ${JSON.stringify(prefix)} as plain characters`, () => {
      expect(findUsersByNamePrefix(db, prefix)).toEqual(expectedPrefix(prefix));
    });
  }

  it("finds O'Brien by the prefix \"o'b\"", () => {
    expect(findUsersByNamePrefix(db, "o'b")).toEqual(expectedPrefix("o'b"));
  });

  it('returns every user for the empty prefix', () => {
    expect(findUsersByNamePrefix(db, '')).toEqual(expectedPrefix(''));
  });

  it('agrees with the model on random prefixes made of tricky characters (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'A', 'n', '%', '_', '\\', "'", '5', '0', ' ', 'b'), { maxLength: 4 }), (chars) => {
        const prefix = chars.join('');
        expect(findUsersByNamePrefix(db, prefix)).toEqual(expectedPrefix(prefix));
      }),
    );
  });

  it('sends the prefix as a parameter: it never appears in the SQL text', () => {
    findUsersByNamePrefix(db, 'Probe7f3a');
    expect(prepared.filter((sql) => sql.includes('Probe7f3a'))).toEqual([]);
  });
});
