import { describe, expect, it } from 'vitest';
import { migrate } from '../src/migrations.ts';
import { openDb } from './_sqlite.ts';

const migrations = [
  { id: '001_users', sql: 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);' },
  { id: '002_posts', sql: 'CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);' },
];

describe('migrations', () => {
  it('applies pending migrations once', () => {
    const db = openDb();
    expect(migrate(db, migrations)).toEqual(['001_users', '002_posts']);
    expect(migrate(db, migrations)).toEqual([]);
  });
  it('rolls back a migration that fails', () => {
    const db = openDb();
    expect(() => migrate(db, [{ id: 'bad', sql: 'CREATE TABLE t (x); SELECT * FROM nowhere;' }])).toThrow(expect.objectContaining({ code: 'FAILED' }));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
  });
});
