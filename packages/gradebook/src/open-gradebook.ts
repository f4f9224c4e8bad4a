import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { GradebookError } from './errors.ts';
import { latestMigration, migrations } from './migrations.ts';
import type { GradebookSchema } from './schema.ts';

export type Backend = 'sqlite' | 'postgres';

export interface Gradebook {
  db: Kysely<GradebookSchema>;
  backend: Backend;
  /** Where it is, without a password. */
  location: string;
  close(): Promise<void>;
}

const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * Opens (and migrates) a gradebook: a PostgreSQL URL (`postgres://...`) or the path of an
 * embedded SQLite file, created when missing. Refuses one written by a newer version.
 */
export async function openGradebook(url: string): Promise<Gradebook> {
  let db: Kysely<GradebookSchema>;
  let backend: Backend;
  let location: string;
  if (isPostgres(url)) {
    backend = 'postgres';
    location = url.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@');
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
    try {
      (await pool.connect()).release();
    } catch (e) {
      await pool.end();
      throw new GradebookError('E_DB_CONNECT', `Cannot reach the PostgreSQL gradebook at ${location}: ${(e as Error).message}. Check the URL, and that the server runs and accepts this user.`);
    }
    db = new Kysely<GradebookSchema>({ dialect: new PostgresDialect({ pool }) });
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new GradebookError('E_DB_URL', `Unknown gradebook URL "${url}". Give a file path for the embedded database, or postgres://user:password@host:port/db.`);
  } else {
    backend = 'sqlite';
    location = path.resolve(url);
    mkdirSync(path.dirname(location), { recursive: true });
    let sqlite: Database.Database;
    try {
      sqlite = new Database(location, { timeout: 10_000 });
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('synchronous = NORMAL');
    } catch (e) {
      throw new GradebookError('E_DB_CONNECT', `Cannot open the gradebook file ${location}: ${(e as Error).message}. Check the path and that you may write there.`);
    }
    db = new Kysely<GradebookSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  await migrate(db, location);
  return { db, backend, location, close: () => db.destroy() };
}

async function migrate(db: Kysely<GradebookSchema>, location: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const known = await migrator.getMigrations();
  const applied = known.filter((m) => m.executedAt).map((m) => m.name);
  // Kysely lists only migrations it knows; read the table to find ones from newer code.
  const rows = await db
    .selectFrom('kysely_migration' as never)
    .select('name' as never)
    .execute()
    .catch(() => [] as { name: string }[]);
  const newer = (rows as { name: string }[]).map((r) => r.name).filter((n) => n > latestMigration);
  if (newer.length) {
    await db.destroy();
    throw new GradebookError('E_DB_NEWER', `The gradebook at ${location} was written by a newer version (migration ${newer.join(', ')}). Update this repository (git pull && pnpm install) before using it.`);
  }
  if (applied.length === known.length) return;
  let { error } = await migrator.migrateToLatest();
  // Two processes opening a new file at once (a grading run and a report, say) both migrate it:
  // the one that loses tries again until the other is done (or for 5 s, if it never is).
  const pending = async () => (await migrator.getMigrations()).some((m) => !m.executedAt);
  for (let i = 0; error && i < 20 && (await pending()); i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    ({ error } = await migrator.migrateToLatest());
  }
  if (error && (await pending())) throw new GradebookError('E_DB_MIGRATE', `Migrating the gradebook at ${location} failed: ${(error as Error).message}. Nothing was changed; report this with the message.`);
}
