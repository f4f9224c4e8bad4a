import { afterEach, describe, expect, it } from 'vitest';
import { productRanks, runningTotals, topProductsPerCategory } from '@impl/09-sql-databases/window-functions';
import { loadShop, openDb, runAll, shopData, SHOP_DDL, type Sqlite } from './_kit.ts';

// Reference queries without window functions: correlated subqueries count and sum by hand.
const TOTALS = `
  WITH t AS (
    SELECT o.id AS order_id, o.customer_id, o.ordered_at, SUM(oi.quantity * oi.unit_price_cents) AS total
    FROM orders o JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status <> 'cancelled' GROUP BY o.id)`;
const REVENUE = `
  WITH r AS (
    SELECT p.category, p.id AS product_id,
           (SELECT COALESCE(SUM(oi.quantity * oi.unit_price_cents), 0) FROM order_items oi JOIN orders o ON o.id = oi.order_id
            WHERE oi.product_id = p.id AND o.status IN ('paid', 'shipped')) AS revenue_cents
    FROM products p)`;
const REF = {
  runningTotals: `${TOTALS}
    SELECT a.customer_id, a.order_id, a.ordered_at, a.total AS order_total_cents,
           (SELECT SUM(b.total) FROM t b WHERE b.customer_id = a.customer_id
              AND (b.ordered_at < a.ordered_at OR (b.ordered_at = a.ordered_at AND b.order_id <= a.order_id))) AS running_total_cents
    FROM t a ORDER BY a.customer_id, a.ordered_at, a.order_id`,
  productRanks: `${REVENUE}
    SELECT a.category, a.product_id, a.revenue_cents,
           1 + (SELECT COUNT(*) FROM r b WHERE b.category = a.category AND b.revenue_cents > a.revenue_cents) AS revenue_rank,
           1 + (SELECT COUNT(DISTINCT b.revenue_cents) FROM r b WHERE b.category = a.category AND b.revenue_cents > a.revenue_cents) AS dense_revenue_rank
    FROM r a ORDER BY a.category, revenue_rank, a.product_id`,
  topProductsPerCategory: `${REVENUE}
    SELECT a.category, a.product_id, a.revenue_cents FROM r a
    WHERE (SELECT COUNT(*) FROM r b WHERE b.category = a.category AND b.revenue_cents > a.revenue_cents) < 2
    ORDER BY a.category, a.revenue_cents DESC, a.product_id`,
};

// A hand-made shop with ties. Revenue (paid/shipped): a: p1 500, p2 500, p3 300, p4 0, p5 0
// (p5 only in a cancelled order); b: p6 900, p7 700, p8 700. Customer 1 has two orders at the same
// moment (orders 2 and 3).
const HAND = `
  INSERT INTO customers VALUES (1, 'a@x', 'A', 'UK', '2024-01-01'), (2, 'b@x', 'B', 'US', '2024-01-01');
  INSERT INTO products VALUES (1, 's1', 'p1', 'a', 500), (2, 's2', 'p2', 'a', 500), (3, 's3', 'p3', 'a', 300), (4, 's4', 'p4', 'a', 100),
    (5, 's5', 'p5', 'a', 100), (6, 's6', 'p6', 'b', 900), (7, 's7', 'p7', 'b', 700), (8, 's8', 'p8', 'b', 350);
  INSERT INTO orders VALUES (1, 1, '2024-01-01 09:00:00', 'paid'), (2, 1, '2024-01-02 09:00:00', 'shipped'), (3, 1, '2024-01-02 09:00:00', 'paid'),
    (4, 2, '2024-01-03 09:00:00', 'paid'), (5, 2, '2024-01-04 09:00:00', 'cancelled'), (6, 1, '2024-01-05 09:00:00', 'pending');
  INSERT INTO order_items VALUES (1, 1, 1, 500), (2, 2, 1, 500), (3, 3, 1, 300), (4, 6, 1, 900), (4, 7, 1, 700), (4, 8, 2, 350),
    (5, 5, 3, 100), (6, 4, 1, 100);
`;

let db: Sqlite;
afterEach(() => db?.close());

function shop(seed: number) {
  db = openDb();
  loadShop(db, shopData(seed));
}
function hand() {
  db = openDb();
  db.exec(SHOP_DDL);
  db.exec(HAND);
}

for (const [name, sql] of [
  ['runningTotals', runningTotals],
  ['productRanks', productRanks],
  ['topProductsPerCategory', topProductsPerCategory],
] as const) {
  describe(name, () => {
    for (const seed of [1, 2, 3]) {
      it(`returns the rows of the reference query (shop #${seed})`, () => {
        shop(seed);
        expect(runAll(db, sql, name)).toEqual(db.prepare(REF[name]).all());
      });
    }
  });
}

describe('on a hand-made table with ties', () => {
  it('keeps running totals apart for two orders placed at the same moment', () => {
    hand();
    expect(runAll(db, runningTotals, 'runningTotals')).toEqual([
      { customer_id: 1, order_id: 1, ordered_at: '2024-01-01 09:00:00', order_total_cents: 500, running_total_cents: 500 },
      { customer_id: 1, order_id: 2, ordered_at: '2024-01-02 09:00:00', order_total_cents: 500, running_total_cents: 1000 },
      { customer_id: 1, order_id: 3, ordered_at: '2024-01-02 09:00:00', order_total_cents: 300, running_total_cents: 1300 },
      { customer_id: 1, order_id: 6, ordered_at: '2024-01-05 09:00:00', order_total_cents: 100, running_total_cents: 1400 },
      { customer_id: 2, order_id: 4, ordered_at: '2024-01-03 09:00:00', order_total_cents: 2300, running_total_cents: 2300 },
    ]);
  });

  it('ranks with gaps (RANK) and without (DENSE_RANK), unsold products included at 0', () => {
    hand();
    const rows = runAll(db, productRanks, 'productRanks') as Record<string, unknown>[];
    expect(rows.map((r) => [r.category, r.product_id, r.revenue_cents, r.revenue_rank, r.dense_revenue_rank])).toEqual([
      ['a', 1, 500, 1, 1],
      ['a', 2, 500, 1, 1],
      ['a', 3, 300, 3, 2],
      ['a', 4, 0, 4, 3],
      ['a', 5, 0, 4, 3],
      ['b', 6, 900, 1, 1],
      ['b', 7, 700, 2, 2],
      ['b', 8, 700, 2, 2],
    ]);
  });

  it('keeps every product tied within the top 2 of its category', () => {
    hand();
    const rows = runAll(db, topProductsPerCategory, 'topProductsPerCategory') as Record<string, unknown>[];
    expect(rows.map((r) => [r.category, r.product_id, r.revenue_cents])).toEqual([
      ['a', 1, 500],
      ['a', 2, 500],
      ['b', 6, 900],
      ['b', 7, 700],
      ['b', 8, 700],
    ]);
  });
});
