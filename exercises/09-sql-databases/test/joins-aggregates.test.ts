import { describe, expect, it } from 'vitest';
import { assertWritten } from '@roadmap/todo';
import { SHOP_SAMPLE, SHOP_TABLES } from '../src/_fixtures.ts';
import { monthlyRevenue, productsNeverOrdered, topCustomersByRevenue } from '../src/joins-aggregates.ts';
import { openDb } from './_sqlite.ts';

describe('joins-aggregates', () => {
  const db = () => openDb(SHOP_TABLES, SHOP_SAMPLE);
  it('ranks customers by revenue of paid and shipped orders', () => {
    // Ada: 3000 + 2 × 1200 + 2500; Grace: 1000 + 2 × 2500 (her cancelled order does not count).
    expect(db().prepare(assertWritten(topCustomersByRevenue, 'topCustomersByRevenue')).all()).toEqual([
      { customer_id: 1, name: 'Ada', revenue_cents: 7900 },
      { customer_id: 2, name: 'Grace', revenue_cents: 6000 },
    ]);
  });
  it('sums revenue per month, leaving out cancelled orders', () => {
    expect(db().prepare(assertWritten(monthlyRevenue, 'monthlyRevenue')).all()).toEqual([
      { month: '2024-01', orders: 1, revenue_cents: 5400 },
      { month: '2024-02', orders: 1, revenue_cents: 2500 },
      { month: '2024-03', orders: 1, revenue_cents: 6000 },
    ]);
  });
  it('lists the products nobody ordered', () => {
    expect(db().prepare(assertWritten(productsNeverOrdered, 'productsNeverOrdered')).all()).toEqual([{ id: 4, sku: 'PN-1', name: 'Pen' }]);
  });
});
