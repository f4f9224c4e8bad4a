import { mulberry32, randInt } from '@roadmap/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexesFor, type QueryShape } from '@impl/09-sql-databases/indexes';
import { openDb, type Sqlite } from './_kit.ts';

let db: Sqlite;
beforeEach(() => {
  db = openDb();
  db.exec(`
    CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, status TEXT NOT NULL, ordered_at TEXT NOT NULL, total_cents INTEGER NOT NULL);
    CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL, amount INTEGER);
  `);
  const rng = mulberry32(11);
  const o = db.prepare('INSERT INTO orders (customer_id, status, ordered_at, total_cents) VALUES (?, ?, ?, ?)');
  const e = db.prepare('INSERT INTO events (user_id, kind, created_at, amount) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) {
      o.run(randInt(rng, 1, 50), ['paid', 'shipped', 'pending'][randInt(rng, 0, 2)], `2024-0${randInt(rng, 1, 9)}-1${randInt(rng, 0, 9)}`, randInt(rng, 100, 9000));
      e.run(randInt(rng, 1, 80), ['click', 'view', 'buy'][randInt(rng, 0, 2)], `2024-0${randInt(rng, 1, 9)}-2${randInt(rng, 0, 8)}`, randInt(rng, 0, 50));
    }
  })();
});
afterEach(() => db.close());

/** The query a shape stands for, with one placeholder per condition. */
function sqlOf(q: QueryShape): { sql: string; params: unknown[] } {
  const where = [...q.equals.map((c) => `${c} = ?`), ...(q.range ? [`${q.range} > ?`] : [])];
  const params = [...q.equals.map(() => 1), ...(q.range ? ['2024-03-01'] : [])];
  return { sql: `SELECT * FROM ${q.table} WHERE ${where.join(' AND ')}${q.orderBy?.length ? ` ORDER BY ${q.orderBy.join(', ')}` : ''}`, params };
}

/** Creates the learner's indexes, then reads EXPLAIN QUERY PLAN for every query of the workload. */
function plans(workload: QueryShape[]) {
  const statements = indexesFor(workload);
  for (const s of statements) db.exec(s);
  return {
    statements,
    plans: workload.map((q) => {
      const { sql, params } = sqlOf(q);
      return { sql, plan: (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail) };
    }),
  };
}

/** What a good plan shows: an index SEARCH using every = column and the range, no scan, no sort. */
function checkPlan(q: QueryShape, p: { sql: string; plan: string[] }) {
  const search = p.plan.find((d) => d.startsWith(`SEARCH ${q.table} USING INDEX`) || d.startsWith(`SEARCH ${q.table} USING COVERING INDEX`));
  const used = [...q.equals.map((c) => `${c}=?`), ...(q.range ? [`${q.range}>?`] : [])];
  const missing = used.filter((u) => !search?.includes(u));
  const problems = [
    ...(search ? [] : ['no index SEARCH']),
    ...missing.map((m) => `the index does not use ${m}`),
    ...p.plan.filter((d) => d.startsWith(`SCAN ${q.table}`)).map((d) => `full scan: ${d}`),
    ...(q.orderBy?.length ? p.plan.filter((d) => d.includes('TEMP B-TREE FOR ORDER BY')).map((d) => `sorts: ${d}`) : []),
  ];
  expect({ query: p.sql, plan: p.plan, problems }).toEqual({ query: p.sql, plan: p.plan, problems: [] });
}

/** Columns of every index the learner created, by table. */
function indexColumns(): { table: string; name: string; columns: string[] }[] {
  const idx = db.prepare("SELECT name, tbl_name AS table_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; table_name: string }[];
  return idx.map((i) => ({ table: i.table_name, name: i.name, columns: (db.prepare(`PRAGMA index_info(${JSON.stringify(i.name)})`).all() as { name: string }[]).map((c) => c.name) }));
}

function checkNoRedundancy() {
  const all = indexColumns();
  const redundant = all.filter((a) => all.some((b) => a !== b && a.table === b.table && a.columns.length <= b.columns.length && a.columns.every((c, k) => b.columns[k] === c)));
  expect({ indexes: all.map((i) => `${i.table}(${i.columns.join(', ')})`), redundant: redundant.map((r) => r.name) }).toEqual({
    indexes: all.map((i) => `${i.table}(${i.columns.join(', ')})`),
    redundant: [],
  });
}

const scenarios: { title: string; workload: QueryShape[]; maxIndexes: number }[] = [
  { title: 'one equality column', workload: [{ table: 'orders', equals: ['customer_id'] }], maxIndexes: 1 },
  { title: 'two equality columns (one composite index, not two single ones)', workload: [{ table: 'events', equals: ['user_id', 'kind'] }], maxIndexes: 1 },
  { title: 'equality, then a range (equality columns first)', workload: [{ table: 'orders', equals: ['status'], range: 'ordered_at' }], maxIndexes: 1 },
  { title: 'a range alone', workload: [{ table: 'events', equals: [], range: 'created_at' }], maxIndexes: 1 },
  { title: 'equality with an ORDER BY (no sort step)', workload: [{ table: 'orders', equals: ['customer_id'], orderBy: ['ordered_at'] }], maxIndexes: 1 },
  {
    title: 'equality, a range and an ORDER BY that starts with it',
    workload: [{ table: 'events', equals: ['user_id', 'kind'], range: 'created_at', orderBy: ['created_at', 'amount'] }],
    maxIndexes: 1,
  },
  {
    title: 'a workload over two tables whose queries share indexes',
    workload: [
      { table: 'orders', equals: ['customer_id', 'status'] },
      { table: 'orders', equals: ['customer_id'] },
      { table: 'orders', equals: ['status', 'customer_id'] },
      { table: 'events', equals: ['kind'], range: 'created_at' },
      { table: 'events', equals: ['kind'] },
      { table: 'events', equals: ['user_id'], orderBy: ['created_at'] },
    ],
    maxIndexes: 3,
  },
];

describe('indexesFor', () => {
  for (const s of scenarios) {
    it(`makes SQLite search an index for ${s.title}`, () => {
      const { plans: ps } = plans(s.workload);
      s.workload.forEach((q, i) => checkPlan(q, ps[i]!));
    });
  }

  it('creates no redundant index (none is a prefix of another, no duplicates) and few enough of them', () => {
    for (const s of scenarios) {
      db.exec(indexColumns().map((i) => `DROP INDEX ${i.name};`).join('\n'));
      const { statements } = plans(s.workload);
      expect({ scenario: s.title, count: statements.length <= s.maxIndexes }).toEqual({ scenario: s.title, count: true });
      checkNoRedundancy();
    }
  });

  it('returns runnable CREATE INDEX statements named idx_<table>_…', () => {
    const statements = indexesFor(scenarios[6]!.workload);
    for (const s of statements) expect(s).toMatch(/^\s*CREATE\s+INDEX\s+idx_(orders|events)_\w+\s+ON\s+(orders|events)\s*\(/i);
    for (const s of statements) db.exec(s);
    expect(indexColumns().length).toBe(statements.length);
  });

  it('returns nothing for an empty workload', () => {
    expect(indexesFor([])).toEqual([]);
  });
});
