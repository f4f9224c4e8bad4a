// Mistake: does not skip migrations that are already recorded.
import { createHash } from 'node:crypto';
import type { Db } from './_db.ts';
import { MigrationError } from './_errors.ts';

export interface Migration {
  id: string;
  /** One or more SQL statements. */
  sql: string;
}

/** SHA-256 of the migration's SQL text, in hex. */
export function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
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
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL)');
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.id)) throw new MigrationError('DUPLICATE_ID', m.id, `migration ${m.id} appears twice`);
    seen.add(m.id);
  }
  const applied = new Map(db.prepare('SELECT id, checksum FROM schema_migrations').all<{ id: string; checksum: string }>().map((r) => [r.id, r.checksum]));
  for (const m of migrations) {
    const recorded = applied.get(m.id);
    if (recorded !== undefined && recorded !== checksum(m.sql)) {
      throw new MigrationError('CHECKSUM_MISMATCH', m.id, `migration ${m.id} was changed after it was applied`);
    }
  }
  const done: string[] = [];
  for (const m of migrations) {
    db.exec('BEGIN');
    try {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, checksum) VALUES (?, ?)').run(m.id, checksum(m.sql));
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw new MigrationError('FAILED', m.id, `migration ${m.id} failed: ${(error as Error).message}`, { cause: error });
    }
    done.push(m.id);
  }
  return done;
}
