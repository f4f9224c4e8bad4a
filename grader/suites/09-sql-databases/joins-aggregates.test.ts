import { afterEach, describe, expect, it } from 'vitest';
import { monthlyRevenue, productsNeverOrdered, topCustomersByRevenue } from '@impl/09-sql-databases/joins-aggregates';
import { loadShop, openDb, runAll, shopData, type ShopData, type Sqlite } from './_kit.ts';

// Reference queries, written differently from the usual answer (derived tables, implicit joins).
const REF = {
  topCustomersByRevenue: `
    SELECT c.id AS customer_id, c.name, t.revenue_cents
    FROM customers c
    JOIN (SELECT o.customer_id, SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents
          FROM orders o, order_items oi
          WHERE oi.order_id = o.id AND o.status IN ('paid', 'shipped')
          GROUP BY o.customer_id) t ON t.customer_id = c.id
    ORDER BY t.revenue_cents DESC, c.id LIMIT 5`,
  monthlyRevenue: `
    SELECT substr(o.ordered_at, 1, 7) AS month, COUNT(*) AS orders, SUM(o.total) AS revenue_cents
    FROM (SELECT o.id, o.ordered_at,
                 (SELECT SUM(quantity * unit_price_cents) FROM order_items WHERE order_id = o.id) AS total
          FROM orders o WHERE o.status IN ('pending', 'paid', 'shipped')) o
    WHERE o.total IS NOT NULL
    GROUP BY 1 ORDER BY 1`,
  productsNeverOrdered: `
    SELECT id, sku, name FROM products
    WHERE id NOT IN (SELECT DISTINCT product_id FROM order_items)
    ORDER BY id`,
};

let db: Sqlite;
afterEach(() => db?.close());

function shop(seed: number): ShopData {
  db = openDb();
  const data = shopData(seed);
  loadShop(db, data);
  return data;
}

const SEEDS = [1, 2, 3];

describe('topCustomersByRevenue', () => {
  for (const seed of SEEDS) {
    it(`returns the rows of the reference query (shop #${seed})`, () => {
      shop(seed);
      expect(runAll(db, topCustomersByRevenue, 'topCustomersByRevenue')).toEqual(db.prepare(REF.topCustomersByRevenue).all());
    });
  }

  it('counts the price paid per line, not the list price, and only paid or shipped orders', () => {
    const data = shop(4);
    const revenue = new Map<number, number>();
    const status = new Map(data.orders.map((o) => [o.id, o]));
    for (const it of data.items) {
      const o = status.get(it.order_id)!;
      if (o.status === 'paid' || o.status === 'shipped') revenue.set(o.customer_id, (revenue.get(o.customer_id) ?? 0) + it.quantity * it.unit_price_cents);
    }
    const expected = [...revenue]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 5)
      .map(([id, cents]) => ({ customer_id: id, name: data.customers[id - 1]!.name, revenue_cents: cents }));
    expect(runAll(db, topCustomersByRevenue, 'topCustomersByRevenue')).toEqual(expected);
  });
});

describe('monthlyRevenue', () => {
  for (const seed of SEEDS) {
    it(`returns the rows of the reference query (shop #${seed})`, () => {
      shop(seed);
      expect(runAll(db, monthlyRevenue, 'monthlyRevenue')).toEqual(db.prepare(REF.monthlyRevenue).all());
    });
  }

  it('counts each order once, however many lines it has', () => {
    const data = shop(5);
    const byMonth = new Map<string, Set<number>>();
    for (const o of data.orders) if (o.status !== 'cancelled') byMonth.set(o.ordered_at.slice(0, 7), (byMonth.get(o.ordered_at.slice(0, 7)) ?? new Set()).add(o.id));
    const rows = runAll(db, monthlyRevenue, 'monthlyRevenue') as { month: string; orders: number }[];
    expect(rows.map((r) => [r.month, r.orders])).toEqual([...byMonth].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([m, s]) => [m, s.size]));
  });
});

describe('productsNeverOrdered', () => {
  for (const seed of SEEDS) {
    it(`returns the rows of the reference query (shop #${seed})`, () => {
      shop(seed);
      expect(runAll(db, productsNeverOrdered, 'productsNeverOrdered')).toEqual(db.prepare(REF.productsNeverOrdered).all());
    });
  }

  it('keeps out a product that was ordered, even if only in cancelled orders', () => {
    const data = shop(6);
    const ordered = new Set(data.items.map((i) => i.product_id));
    const ids = (runAll(db, productsNeverOrdered, 'productsNeverOrdered') as { id: number }[]).map((r) => r.id);
    expect(ordered.has(13)).toBe(true); // product 13 sits only in the cancelled orders 7 and 8
    expect(ids).toEqual(data.products.map((p) => p.id).filter((id) => !ordered.has(id)));
  });
});
