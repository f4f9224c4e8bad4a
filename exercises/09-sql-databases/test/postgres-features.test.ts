// @grader-budget-ms 40000
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertWritten } from '@roadmap/todo';
import { eventsByUserSQL, eventsDDL, upsertCounterSQL } from '../src/postgres-features.ts';

// PGlite is PostgreSQL compiled to WebAssembly: a real server-less PostgreSQL. It is installed for
// the grader; this borrows it from there. Starting it takes a few seconds.
interface Pg {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}
const require = createRequire(new URL('../node_modules/@roadmap/grader/package.json', import.meta.url));
const { PGlite } = require('@electric-sql/pglite') as { PGlite: new () => Pg & { waitReady: Promise<void> } };

let pg: Pg & { waitReady: Promise<void> };
beforeAll(async () => {
  pg = new PGlite();
  await pg.waitReady;
}, 40_000);
afterAll(async () => pg?.close(), 10_000);

describe('postgres-features', () => {
  it('counts hits with an upsert', async () => {
    await pg.exec(assertWritten(eventsDDL, 'eventsDDL'));
    const hit = async () => (await pg.query<{ hits: number }>(assertWritten(upsertCounterSQL, 'upsertCounterSQL'), ['home'])).rows[0]!.hits;
    expect([await hit(), await hit()]).toEqual([1, 2]);
  });
  it('finds events by the user in their JSON payload', async () => {
    const byUser = assertWritten(eventsByUserSQL, 'eventsByUserSQL');
    await pg.query("INSERT INTO events (kind, payload) VALUES ('view', '{\"user\": \"ada\", \"page\": \"/home\"}'), ('click', '{\"user\": \"bob\"}')");
    const rows = await pg.query(byUser, ['ada']);
    expect(rows.rows).toEqual([{ id: 1, kind: 'view', page: '/home' }]);
  });
});
