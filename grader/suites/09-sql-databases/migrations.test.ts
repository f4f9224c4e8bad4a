import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksum, migrate, type Migration } from '@impl/09-sql-databases/migrations';
import { asDb, openDb, type Sqlite } from './_kit.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const M1: Migration = { id: '001_create_users', sql: 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);' };
const M2: Migration = { id: '002_add_name', sql: "ALTER TABLE users ADD COLUMN name TEXT;\nINSERT INTO users (email, name) VALUES ('seed@example.com', 'Seed');" };
const M3: Migration = { id: '003_create_posts', sql: 'CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title TEXT);\nCREATE INDEX posts_user ON posts (user_id);' };
const M4: Migration = { id: '004_add_tags', sql: 'CREATE TABLE tags (name TEXT PRIMARY KEY);' };
const BROKEN: Migration = { id: '004_audit', sql: 'CREATE TABLE audit (id INTEGER PRIMARY KEY);\nINSERT INTO missing_table VALUES (1);' };

let raw: Sqlite;
beforeEach(() => {
  raw = openDb();
});
afterEach(() => raw.close());

const tables = () => raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
const recorded = () => raw.prepare('SELECT id, checksum FROM schema_migrations ORDER BY id').all();
const seedRows = () => (raw.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;

function failure(run: () => unknown): { name?: string; code?: string; migrationId?: string; cause?: string } {
  try {
    run();
  } catch (e) {
    const err = e as { name?: string; code?: string; migrationId?: string; cause?: unknown };
    return { name: err.name, code: err.code, migrationId: err.migrationId, cause: err.cause instanceof Error ? err.cause.message : undefined };
  }
  return {};
}

describe('migrate', () => {
  it('applies every migration in order and returns their ids', () => {
    expect(migrate(asDb(raw), [M1, M2, M3])).toEqual([M1.id, M2.id, M3.id]);
    expect(tables()).toEqual(['posts', 'schema_migrations', 'users']);
    expect(raw.prepare('SELECT email, name FROM users').all()).toEqual([{ email: 'seed@example.com', name: 'Seed' }]);
  });

  it('records each applied migration with the SHA-256 of its SQL in schema_migrations (id, checksum)', () => {
    migrate(asDb(raw), [M1, M2, M3]);
    expect(recorded()).toEqual([M1, M2, M3].map((m) => ({ id: m.id, checksum: sha256(m.sql) })));
    const columns = (raw.prepare('PRAGMA table_info(schema_migrations)').all() as { name: string; pk: number }[]).map((c) => [c.name, c.pk]);
    expect(columns).toEqual([
      ['id', 1],
      ['checksum', 0],
    ]);
  });

  it('exports checksum(sql) as the hex SHA-256 of the text', () => {
    expect(checksum(M2.sql)).toBe(sha256(M2.sql));
  });

  it('applies nothing the second time (idempotent) and does not rerun data changes', () => {
    migrate(asDb(raw), [M1, M2, M3]);
    expect(migrate(asDb(raw), [M1, M2, M3])).toEqual([]);
    expect(seedRows()).toBe(1);
  });

  it('applies only the new migrations of a longer list', () => {
    migrate(asDb(raw), [M1, M2]);
    expect(migrate(asDb(raw), [M1, M2, M3, M4])).toEqual([M3.id, M4.id]);
    expect(tables()).toEqual(['posts', 'schema_migrations', 'tags', 'users']);
  });

  it('rolls back a failing migration completely and reports it as FAILED with the engine error as cause', () => {
    const f = failure(() => migrate(asDb(raw), [M1, M2, BROKEN, M3]));
    expect(f).toEqual({ name: 'MigrationError', code: 'FAILED', migrationId: BROKEN.id, cause: expect.stringMatching(/no such table: missing_table/) });
    // 001 and 002 stay applied; the broken one leaves no table and no record; 003 never ran.
    expect({ tables: tables(), recorded: recorded().map((r) => (r as { id: string }).id), transactionLeftOpen: raw.inTransaction }).toEqual({
      tables: ['schema_migrations', 'users'],
      recorded: [M1.id, M2.id],
      transactionLeftOpen: false,
    });
  });

  it('continues after the broken migration is fixed', () => {
    failure(() => migrate(asDb(raw), [M1, M2, BROKEN, M3]));
    const fixed = { id: BROKEN.id, sql: 'CREATE TABLE audit (id INTEGER PRIMARY KEY);' };
    expect(migrate(asDb(raw), [M1, M2, fixed, M3])).toEqual([fixed.id, M3.id]);
    expect(tables()).toEqual(['audit', 'posts', 'schema_migrations', 'users']);
  });

  it('refuses an applied migration whose SQL changed (CHECKSUM_MISMATCH) before applying anything new', () => {
    migrate(asDb(raw), [M1, M2, M3]);
    const edited = { ...M2, sql: `${M2.sql}\n-- edited later` };
    expect(failure(() => migrate(asDb(raw), [M1, edited, M3, M4]))).toEqual({ name: 'MigrationError', code: 'CHECKSUM_MISMATCH', migrationId: M2.id, cause: undefined });
    expect(tables()).not.toContain('tags');
  });

  it('refuses a list with a duplicate id (DUPLICATE_ID) and applies nothing', () => {
    expect(failure(() => migrate(asDb(raw), [M1, M2, { ...M1, sql: 'SELECT 1;' }]))).toEqual({ name: 'MigrationError', code: 'DUPLICATE_ID', migrationId: M1.id, cause: undefined });
    expect(tables().filter((t) => t !== 'schema_migrations')).toEqual([]);
  });

  it('works on an empty list and on an empty database', () => {
    expect(migrate(asDb(raw), [])).toEqual([]);
    expect(tables()).toEqual(['schema_migrations']);
  });
});
