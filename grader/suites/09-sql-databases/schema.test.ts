import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertWritten } from '@roadmap/todo';
import { schemaDDL } from '@impl/09-sql-databases/schema';
import { openDb, shopData, SHOP_DDL, type Sqlite } from './_kit.ts';

let db: Sqlite;
beforeEach(() => {
  db = openDb();
});
afterEach(() => db.close());

/** The learner's schema plus one customer (1), one product (1) and one order (1) with one line. */
function withBase(): Sqlite {
  db.exec(assertWritten(schemaDDL, 'schemaDDL'));
  db.exec(`
    INSERT INTO customers (id, email, name, country, created_at) VALUES (1, 'ada@example.com', 'Ada', 'UK', '2024-01-01');
    INSERT INTO customers (id, email, name, country, created_at) VALUES (2, 'alan@example.com', 'Alan', 'UK', '2024-01-02');
    INSERT INTO products (id, sku, name, category, price_cents) VALUES (1, 'BK-1', 'Book', 'books', 3000);
    INSERT INTO orders (id, customer_id, ordered_at, status) VALUES (1, 1, '2024-02-01 10:00:00', 'paid');
    INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (1, 1, 2, 3000);
  `);
  return db;
}

const rejects = (sql: string, error: RegExp) => {
  withBase();
  expect(() => db.exec(sql)).toThrow(error);
};

describe('schemaDDL', () => {
  it('creates exactly the four tables', () => {
    db.exec(assertWritten(schemaDDL, 'schemaDDL'));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['customers', 'order_items', 'orders', 'products']);
  });

  it('has the columns, NOT NULL flags and primary keys of the reference schema (PRAGMA table_info)', () => {
    db.exec(assertWritten(schemaDDL, 'schemaDDL'));
    const ref = openDb();
    ref.exec(SHOP_DDL);
    const shape = (d: Sqlite, t: string) =>
      (d.prepare(`PRAGMA table_info(${t})`).all() as { name: string; notnull: number; pk: number }[]).map((c) => ({ name: c.name, notnull: c.name === 'id' ? 1 : c.notnull, pk: c.pk }));
    for (const t of ['customers', 'products', 'orders', 'order_items']) expect({ table: t, columns: shape(db, t) }).toEqual({ table: t, columns: shape(ref, t) });
    ref.close();
  });

  it('declares the foreign keys of the reference schema, with ON DELETE CASCADE from order_items to orders', () => {
    db.exec(assertWritten(schemaDDL, 'schemaDDL'));
    const fks = (t: string) =>
      (db.prepare(`PRAGMA foreign_key_list(${t})`).all() as { table: string; from: string; to: string | null; on_delete: string }[])
        .map((f) => `${f.from} -> ${f.table}(${f.to ?? 'id'}) on delete ${f.on_delete}`)
        .sort();
    expect({ orders: fks('orders'), order_items: fks('order_items') }).toEqual({
      orders: ['customer_id -> customers(id) on delete NO ACTION'],
      order_items: ['order_id -> orders(id) on delete CASCADE', 'product_id -> products(id) on delete NO ACTION'],
    });
  });

  it('numbers rows whose id is left out (id is an INTEGER PRIMARY KEY, an alias of the rowid)', () => {
    db.exec(assertWritten(schemaDDL, 'schemaDDL'));
    db.prepare("INSERT INTO customers (email, name, country, created_at) VALUES ('x@example.com', 'X', 'FR', '2024-01-01')").run();
    db.prepare("INSERT INTO products (sku, name, category, price_cents) VALUES ('S', 'P', 'c', 0)").run();
    expect(db.prepare('SELECT id, typeof(id) AS t FROM customers').get()).toEqual({ id: 1, t: 'integer' });
    expect(db.prepare('SELECT id, typeof(id) AS t FROM products').get()).toEqual({ id: 1, t: 'integer' });
  });

  it('loads a valid generated shop (60 orders) without complaint', () => {
    db.exec(assertWritten(schemaDDL, 'schemaDDL'));
    const data = shopData(5);
    const ins = (t: string, rows: Record<string, unknown>[]) => {
      const cols = Object.keys(rows[0]!);
      const stmt = db.prepare(`INSERT INTO ${t} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
      for (const r of rows) stmt.run(r);
    };
    ins('customers', data.customers);
    ins('products', data.products);
    ins('orders', data.orders);
    ins('order_items', data.items);
    expect(db.prepare('SELECT COUNT(*) AS n FROM order_items').get()).toEqual({ n: data.items.length });
  });

  it('accepts the boundary values: price 0, unit price 0, quantity 1, every status', () => {
    withBase();
    db.exec(`
      INSERT INTO products (id, sku, name, category, price_cents) VALUES (2, 'FREE', 'Sticker', 'office', 0);
      INSERT INTO orders (id, customer_id, ordered_at, status) VALUES (2, 1, '2024-02-02 10:00:00', 'pending'), (3, 1, '2024-02-03', 'shipped'), (4, 2, '2024-02-04', 'cancelled');
      INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (2, 2, 1, 0);
    `);
    expect(db.prepare('SELECT COUNT(*) AS n FROM orders').get()).toEqual({ n: 4 });
  });

  it('rejects a second customer with the same email (UNIQUE)', () =>
    rejects("INSERT INTO customers (email, name, country, created_at) VALUES ('ada@example.com', 'Ada 2', 'UK', '2024-01-01')", /UNIQUE constraint failed: customers\.email/));

  for (const col of ['email', 'name', 'country', 'created_at']) {
    it(`rejects a customer without ${col} (NOT NULL)`, () => {
      const values: Record<string, string | null> = { email: "'new@example.com'", name: "'New'", country: "'US'", created_at: "'2024-01-01'" };
      values[col] = 'NULL';
      rejects(`INSERT INTO customers (email, name, country, created_at) VALUES (${Object.values(values).join(', ')})`, new RegExp(`NOT NULL constraint failed: customers\\.${col}`));
    });
  }

  it('rejects a duplicate sku (UNIQUE)', () => rejects("INSERT INTO products (sku, name, category, price_cents) VALUES ('BK-1', 'Other', 'books', 100)", /UNIQUE constraint failed: products\.sku/));
  it('rejects a negative price (CHECK)', () => rejects("INSERT INTO products (sku, name, category, price_cents) VALUES ('NEG', 'Neg', 'books', -1)", /CHECK constraint failed/));
  it('rejects a product without a price (NOT NULL)', () => rejects("INSERT INTO products (sku, name, category, price_cents) VALUES ('NUL', 'Nul', 'books', NULL)", /NOT NULL constraint failed: products\.price_cents/));
  it('rejects an order for a customer that does not exist (FOREIGN KEY)', () => rejects("INSERT INTO orders (customer_id, ordered_at, status) VALUES (999, '2024-01-01', 'paid')", /FOREIGN KEY constraint failed/));
  it('rejects an order without a customer (NOT NULL)', () => rejects("INSERT INTO orders (customer_id, ordered_at, status) VALUES (NULL, '2024-01-01', 'paid')", /NOT NULL constraint failed: orders\.customer_id/));
  it("rejects an unknown status such as 'lost' (CHECK)", () => rejects("INSERT INTO orders (customer_id, ordered_at, status) VALUES (1, '2024-01-01', 'lost')", /CHECK constraint failed/));
  it('rejects a quantity of 0 (CHECK)', () => {
    withBase();
    db.exec("INSERT INTO products (id, sku, name, category, price_cents) VALUES (2, 'P2', 'Pen', 'office', 100)");
    expect(() => db.exec('INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (1, 2, 0, 100)')).toThrow(/CHECK constraint failed/);
  });
  it('rejects a negative unit price (CHECK)', () => {
    withBase();
    db.exec("INSERT INTO products (id, sku, name, category, price_cents) VALUES (2, 'P2', 'Pen', 'office', 100)");
    expect(() => db.exec('INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (1, 2, 1, -5)')).toThrow(/CHECK constraint failed/);
  });
  it('rejects an order line for an unknown product or order (FOREIGN KEY)', () => {
    withBase();
    expect(() => db.exec('INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (1, 42, 1, 100)')).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db.exec('INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (42, 1, 1, 100)')).toThrow(/FOREIGN KEY constraint failed/);
  });
  it('rejects the same product twice in one order (composite primary key)', () =>
    rejects('INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents) VALUES (1, 1, 5, 2500)', /UNIQUE constraint failed: order_items\.order_id, order_items\.product_id/));

  it("deletes an order's lines with the order (ON DELETE CASCADE)", () => {
    withBase();
    db.exec('DELETE FROM orders WHERE id = 1');
    expect(db.prepare('SELECT COUNT(*) AS n FROM order_items').get()).toEqual({ n: 0 });
  });

  it('refuses to delete a customer who has orders, but deletes one who has none', () => {
    withBase();
    expect(() => db.exec('DELETE FROM customers WHERE id = 1')).toThrow(/FOREIGN KEY constraint failed/);
    db.exec('DELETE FROM customers WHERE id = 2');
    expect(db.prepare('SELECT id FROM customers').pluck().all()).toEqual([1]);
  });
});
