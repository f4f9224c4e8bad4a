import { describe, expect, it } from 'vitest';
import { assertWritten } from '@roadmap/todo';
import { schemaDDL } from '../src/schema.ts';
import { openDb } from './_sqlite.ts';

describe('schema', () => {
  it('creates the four tables', () => {
    const db = openDb(assertWritten(schemaDDL, 'schemaDDL'));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all<{ name: string }>();
    expect(tables.map((t) => t.name)).toEqual(['customers', 'order_items', 'orders', 'products']);
  });
  it('refuses a negative price', () => {
    const db = openDb(assertWritten(schemaDDL, 'schemaDDL'));
    expect(() => db.exec("INSERT INTO products (sku, name, category, price_cents) VALUES ('X', 'X', 'x', -1)")).toThrow(/CHECK constraint failed/);
  });
});
