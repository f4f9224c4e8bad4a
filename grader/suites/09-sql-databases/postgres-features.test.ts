// @grader-budget-ms 40000
import type { PGlite } from '@electric-sql/pglite';
import { assertWritten, isWritten } from '@roadmap/todo';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickUserIndexDDL, eventsByUserSQL, eventsDDL, upsertCounterSQL } from '@impl/09-sql-databases/postgres-features';
import { startPg } from './_pg.ts';

// One real PostgreSQL (PGlite, in WebAssembly) for the whole file; each test starts from an
// empty public schema. Until one statement is written every test stops at assertWritten before
// it reaches the database, so none is started (it costs seconds of CPU).
let pg: PGlite;
const started = [eventsDDL, upsertCounterSQL, eventsByUserSQL, clickUserIndexDDL].some(isWritten);
beforeAll(async () => {
  if (started) pg = await startPg();
}, 40_000);
afterAll(async () => {
  await pg?.close();
}, 10_000);
beforeEach(async () => {
  if (started) await pg.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public; RESET enable_seqscan;');
});

const ddl = () => {
  const sql = assertWritten(eventsDDL, 'eventsDDL');
  return pg.exec(sql);
};
/** The error message of a failing query, or 'no error'. */
async function errorOf(sql: string, params: unknown[] = []): Promise<string> {
  try {
    await pg.query(sql, params);
    return 'no error';
  } catch (e) {
    return (e as Error).message;
  }
}

const PAYLOADS: { kind: string; payload: Record<string, unknown> }[] = [
  { kind: 'view', payload: { user: 'u1', page: '/home' } },
  { kind: 'click', payload: { user: 'u2', page: '/home', button: 'buy' } },
  { kind: 'click', payload: { user: 'u1', page: '/pricing', meta: { ab: 'B' } } },
  { kind: 'purchase', payload: { user: 'u1', amount: 42 } },
  { kind: 'view', payload: { user: 1, page: '/numeric-user' } },
  { kind: 'view', payload: { users: 'u1', page: '/wrong-key' } },
  { kind: 'click', payload: { meta: { user: 'u1' }, page: '/nested' } },
  { kind: 'view', payload: { user: '1', page: '/text-one' } },
  { kind: 'click', payload: { user: 'U1', page: '/case' } },
  { kind: 'view', payload: { user: 'u3' } },
];

async function seed() {
  await ddl();
  for (const p of PAYLOADS) await pg.query('INSERT INTO events (kind, payload) VALUES ($1, $2)', [p.kind, p.payload]);
}

describe('eventsDDL', () => {
  it('creates events with the documented column types, id an identity column GENERATED ALWAYS', async () => {
    await ddl();
    const cols = await pg.query(
      "SELECT table_name, column_name, data_type, is_nullable, is_identity, identity_generation FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position",
    );
    expect(cols.rows).toEqual([
      { table_name: 'counters', column_name: 'name', data_type: 'text', is_nullable: 'NO', is_identity: 'NO', identity_generation: null },
      { table_name: 'counters', column_name: 'hits', data_type: 'integer', is_nullable: 'NO', is_identity: 'NO', identity_generation: null },
      { table_name: 'events', column_name: 'id', data_type: 'bigint', is_nullable: 'NO', is_identity: 'YES', identity_generation: 'ALWAYS' },
      { table_name: 'events', column_name: 'kind', data_type: 'text', is_nullable: 'NO', is_identity: 'NO', identity_generation: null },
      { table_name: 'events', column_name: 'payload', data_type: 'jsonb', is_nullable: 'NO', is_identity: 'NO', identity_generation: null },
      { table_name: 'events', column_name: 'created_at', data_type: 'timestamp with time zone', is_nullable: 'NO', is_identity: 'NO', identity_generation: null },
    ]);
  });

  it('numbers events 1, 2, 3 and refuses an explicit id', async () => {
    await ddl();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await pg.query<{ id: number }>("INSERT INTO events (kind, payload) VALUES ('view', '{}') RETURNING id")).rows[0]!.id);
    expect(ids).toEqual([1, 2, 3]);
    expect(await errorOf("INSERT INTO events (id, kind, payload) VALUES (99, 'view', '{}')")).toMatch(/cannot insert a non-DEFAULT value into column "id"/);
  });

  it('fills created_at with the current time by default', async () => {
    await ddl();
    const r = await pg.query<{ ok: boolean }>("INSERT INTO events (kind, payload) VALUES ('click', '{}') RETURNING created_at > now() - interval '1 hour' AS ok");
    expect(r.rows).toEqual([{ ok: true }]);
  });

  it("refuses an unknown kind and a missing payload", async () => {
    await ddl();
    expect(await errorOf("INSERT INTO events (kind, payload) VALUES ('scroll', '{}')")).toMatch(/violates check constraint/);
    expect(await errorOf("INSERT INTO events (kind, payload) VALUES ('view', NULL)")).toMatch(/null value in column "payload"/);
    expect(await errorOf("INSERT INTO events (kind, payload) VALUES (NULL, '{}')")).toMatch(/null value in column "kind"/);
  });
});

describe('upsertCounterSQL', () => {
  it('inserts a counter at 1, then adds 1 on every conflict, returning the new hits', async () => {
    await ddl();
    const hit = async (name: string) => (await pg.query<{ hits: number }>(assertWritten(upsertCounterSQL, 'upsertCounterSQL'), [name])).rows.map((r) => r.hits);
    const seen = [await hit('home'), await hit('home'), await hit('about'), await hit('home')];
    expect(seen).toEqual([[1], [2], [1], [3]]);
    expect((await pg.query('SELECT name, hits FROM counters ORDER BY name')).rows).toEqual([
      { name: 'about', hits: 1 },
      { name: 'home', hits: 3 },
    ]);
  });
});

describe('eventsByUserSQL', () => {
  for (const user of ['u1', '1', 'u3', 'nobody']) {
    it(`returns the events whose payload has "user": ${JSON.stringify(user)} (a string, at the top level)`, async () => {
      await seed();
      const expected = PAYLOADS.flatMap((p, i) => (p.payload.user === user ? [{ id: i + 1, kind: p.kind, page: (p.payload.page as string | undefined) ?? null }] : []));
      expect((await pg.query(assertWritten(eventsByUserSQL, 'eventsByUserSQL'), [user])).rows).toEqual(expected);
    });
  }
});

describe('clickUserIndexDDL', () => {
  async function withIndex(): Promise<{ name: string; def: string }> {
    await seed();
    await pg.exec(assertWritten(clickUserIndexDDL, 'clickUserIndexDDL'));
    const r = await pg.query<{ indexname: string; indexdef: string }>("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'events' AND indexname <> 'events_pkey'");
    expect(r.rows.length).toBe(1);
    return { name: r.rows[0]!.indexname, def: r.rows[0]!.indexdef };
  }
  const plan = async (sql: string) => (await pg.query<Record<string, string>>(`EXPLAIN ${sql}`)).rows.map((r) => Object.values(r)[0]!).join('\n');

  it("is a partial expression index on payload ->> 'user' for clicks only (pg_indexes)", async () => {
    const { def } = await withIndex();
    expect(def).toMatch(/\(\(payload ->> 'user'::text\)\)/);
    expect(def).toMatch(/WHERE \(kind = 'click'::text\)$/);
  });

  it('is used for a click lookup by user, and not for views (EXPLAIN with sequential scans disabled)', async () => {
    const { name } = await withIndex();
    await pg.exec('SET enable_seqscan = off');
    const clicks = await plan("SELECT id FROM events WHERE kind = 'click' AND payload ->> 'user' = 'u1'");
    const views = await plan("SELECT id FROM events WHERE kind = 'view' AND payload ->> 'user' = 'u1'");
    expect({ clicksUseIndex: clicks.includes(name), viewsUseIndex: views.includes(name) }).toEqual({ clicksUseIndex: true, viewsUseIndex: false });
  });
});
