import { describe, expect, it } from 'vitest';
import { assertWritten } from '@roadmap/todo';
import { SHOP_SAMPLE, SHOP_TABLES } from '../src/_fixtures.ts';
import { productRanks, runningTotals, topProductsPerCategory } from '../src/window-functions.ts';
import { openDb } from './_sqlite.ts';

describe('window-functions', () => {
  const db = () => openDb(SHOP_TABLES, SHOP_SAMPLE);
  it("adds up each customer's orders in time order", () => {
    const rows = db().prepare(assertWritten(runningTotals, 'runningTotals')).all();
    expect(rows.map((r) => [r.customer_id, r.order_id, r.running_total_cents])).toEqual([
      [1, 1, 5400],
      [1, 2, 7900],
      [2, 4, 6000],
    ]);
  });
  it('ranks the books: the Git Book (7500 paid) before the SQL Book (3000)', () => {
    const rows = db().prepare(assertWritten(productRanks, 'productRanks')).all();
    expect(rows.filter((r) => r.category === 'books').map((r) => [r.product_id, r.revenue_rank, r.dense_revenue_rank])).toEqual([
      [2, 1, 1],
      [1, 2, 2],
    ]);
  });
  it('keeps at most the top 2 per category (plus ties)', () => {
    const rows = db().prepare(assertWritten(topProductsPerCategory, 'topProductsPerCategory')).all();
    expect(rows.map((r) => r.category)).toEqual(['books', 'books', 'kitchen', 'office']);
  });
});
