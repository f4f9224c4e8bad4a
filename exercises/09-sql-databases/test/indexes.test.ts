import { describe, expect, it } from 'vitest';
import { indexesFor } from '../src/indexes.ts';
import { openDb } from './_sqlite.ts';

describe('indexes', () => {
  it('lets SQLite search an index instead of scanning the table', () => {
    const db = openDb('CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, status TEXT, ordered_at TEXT)');
    for (const sql of indexesFor([{ table: 'orders', equals: ['customer_id', 'status'] }])) db.exec(sql);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM orders WHERE customer_id = 1 AND status = ?').all('paid');
    expect(plan.map((r) => r.detail)).toEqual([expect.stringMatching(/^SEARCH orders USING INDEX \w+ \((customer_id=\? AND status=\?|status=\? AND customer_id=\?)\)$/)]);
  });
  it('makes one index serve two queries when one needs a prefix of the other', () => {
    expect(indexesFor([{ table: 'orders', equals: ['customer_id'] }, { table: 'orders', equals: ['customer_id'], orderBy: ['ordered_at'] }])).toHaveLength(1);
  });
});
