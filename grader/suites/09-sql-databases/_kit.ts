// Shared by the 09-sql-databases hidden suites: fresh in-memory SQLite databases (better-sqlite3)
// and deterministic generated fixtures. The reference schema here is the suites' own copy.
import Database from 'better-sqlite3';
import { mulberry32, randInt } from '@roadmap/testkit';
import { assertWritten } from '@roadmap/todo';
import type { Db } from '@impl/09-sql-databases/_db';

export type Sqlite = Database.Database;

/** A fresh in-memory database with foreign keys enforced. */
export function openDb(): Sqlite {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
}

/** The handle type the exercises take (better-sqlite3 fits it; only the generics differ). */
export const asDb = (db: Sqlite): Db => db as unknown as Db;

/** Runs a learner's SQL string (after checking it was written) and returns every row. */
export function runAll(db: Sqlite, sql: string, name: string, ...params: unknown[]): unknown[] {
  return db.prepare(assertWritten(sql, name)).all(...params);
}

export const SHOP_DDL = `
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, country TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL, category TEXT NOT NULL, price_cents INTEGER NOT NULL CHECK (price_cents >= 0));
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), ordered_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')));
CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE, product_id INTEGER NOT NULL REFERENCES products (id),
  quantity INTEGER NOT NULL CHECK (quantity > 0), unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0), PRIMARY KEY (order_id, product_id));
`;

export interface ShopData {
  customers: { id: number; email: string; name: string; country: string; created_at: string }[];
  products: { id: number; sku: string; name: string; category: string; price_cents: number }[];
  orders: { id: number; customer_id: number; ordered_at: string; status: string }[];
  items: { order_id: number; product_id: number; quantity: number; unit_price_cents: number }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A shop with traps: customers without orders (the last 3), products never ordered (the last 3),
 * a product sold only in cancelled orders (the 4th from the end), prices paid that differ from
 * the list price, several lines per order, and orders of one customer sharing a timestamp.
 */
export function shopData(seed: number): ShopData {
  const rng = mulberry32(seed);
  const countries = ['UK', 'US', 'FR', 'DE'];
  const categories = ['books', 'kitchen', 'office', 'garden'];
  const prices = [500, 1200, 2500, 3000, 4500];
  const customers = Array.from({ length: 14 }, (_, i) => ({
    id: i + 1,
    email: `c${i + 1}@example.com`,
    name: `Customer ${String.fromCharCode(65 + ((i * 7) % 26))}${i + 1}`,
    country: countries[randInt(rng, 0, 3)]!,
    created_at: `2023-${pad(randInt(rng, 1, 12))}-${pad(randInt(rng, 1, 28))}`,
  }));
  const products = Array.from({ length: 16 }, (_, i) => ({
    id: i + 1,
    sku: `SKU-${100 + i}`,
    name: `Product ${i + 1}`,
    category: categories[i % 4]!,
    price_cents: prices[randInt(rng, 0, prices.length - 1)]!,
  }));
  const orders: ShopData['orders'] = [];
  const items: ShopData['items'] = [];
  const statuses = ['paid', 'paid', 'shipped', 'shipped', 'pending', 'cancelled'];
  for (let id = 1; id <= 60; id++) {
    const twin = id % 10 === 0 ? orders[orders.length - 1]! : undefined;
    const status = id === 7 || id === 8 ? 'cancelled' : statuses[randInt(rng, 0, statuses.length - 1)]!;
    orders.push({
      id,
      customer_id: twin ? twin.customer_id : randInt(rng, 1, 11),
      ordered_at: twin ? twin.ordered_at : `2024-${pad(randInt(rng, 1, 6))}-${pad(randInt(rng, 1, 28))} ${pad(randInt(rng, 8, 20))}:${pad(randInt(rng, 0, 59))}:00`,
      status,
    });
    // Product 13 is only ever sold in the two cancelled orders 7 and 8.
    const pool = id === 7 || id === 8 ? [13] : Array.from({ length: 12 }, (_, k) => k + 1);
    const n = Math.min(pool.length, randInt(rng, 1, 4));
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(pool[randInt(rng, 0, pool.length - 1)]!);
    for (const p of chosen) {
      const list = products[p - 1]!.price_cents;
      items.push({ order_id: id, product_id: p, quantity: randInt(rng, 1, 3), unit_price_cents: rng() < 0.25 ? list - 100 : list });
    }
  }
  return { customers, products, orders, items };
}

/** Creates the shop tables (reference schema) and loads `data`. */
export function loadShop(db: Sqlite, data: ShopData): void {
  db.exec(SHOP_DDL);
  const tx = db.transaction(() => {
    const c = db.prepare('INSERT INTO customers VALUES (@id, @email, @name, @country, @created_at)');
    for (const r of data.customers) c.run(r);
    const p = db.prepare('INSERT INTO products VALUES (@id, @sku, @name, @category, @price_cents)');
    for (const r of data.products) p.run(r);
    const o = db.prepare('INSERT INTO orders VALUES (@id, @customer_id, @ordered_at, @status)');
    for (const r of data.orders) o.run(r);
    const i = db.prepare('INSERT INTO order_items VALUES (@order_id, @product_id, @quantity, @unit_price_cents)');
    for (const r of data.items) i.run(r);
  });
  tx();
}
