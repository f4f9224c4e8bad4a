import { todo } from '@roadmap/todo';
import type { Db } from './_db.ts';
import { MigrationError } from './_errors.ts';

export interface Migration {
  id: string;
  /** One or more SQL statements. */
  sql: string;
}

/** SHA-256 of the migration's SQL text, in hex. */
export function checksum(sql: string): string {
  // TODO: createHash('sha256') from node:crypto, update with the text, digest('hex').
  return todo('checksum');
}

/**
 * Applies the migrations not applied yet, in the order given, and returns their ids.
 * Bookkeeping lives in `schema_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL)`, created
 * when missing. Before applying anything:
 *   - a duplicate id in the list throws MigrationError 'DUPLICATE_ID';
 *   - an applied migration whose SQL changed since (its checksum differs) throws 'CHECKSUM_MISMATCH'.
 * Each pending migration runs in its own transaction with its bookkeeping row: when it fails, it
 * leaves no trace, the error is a MigrationError 'FAILED' (with the engine's error as `cause`),
 * and the migrations before it stay applied. Running again with the same list applies nothing.
 *
 * Python: what Alembic or Django migrations do, with `with con:` around each migration.
 */
export function migrate(db: Db, migrations: readonly Migration[]): string[] {
  // TODO: create schema_migrations if missing; check duplicates and checksums first; then for
  // each pending migration: BEGIN, exec its SQL, record it, COMMIT (ROLLBACK and throw on error).
  return todo('migrate');
}
