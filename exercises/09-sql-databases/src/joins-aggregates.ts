import { todoText } from '@roadmap/todo';

/**
 * Three reporting queries over the shop (tables in `_fixtures.ts`). Revenue of an order line is
 * `quantity * unit_price_cents` (the price paid, not today's `products.price_cents`).
 *
 * Python: the same SQL strings, run with `con.execute(SQL).fetchall()`; in pandas this would be
 * `merge` + `groupby(...).agg(...)`.
 */

/**
 * The 5 customers with the most revenue from 'paid' and 'shipped' orders.
 * Columns: customer_id, name, revenue_cents. Order: revenue_cents descending, then customer_id.
 */
// TODO: write the query.
export const topCustomersByRevenue: string = todoText('topCustomersByRevenue');

/**
 * Per calendar month of `ordered_at`, over orders that are not 'cancelled':
 * Columns: month ('YYYY-MM'), orders (how many distinct orders), revenue_cents. Order: month.
 */
// TODO: write the query.
export const monthlyRevenue: string = todoText('monthlyRevenue');

/**
 * Products that appear in no order line at all (whatever the order's status).
 * Columns: id, sku, name. Order: id.
 */
// TODO: write the query.
export const productsNeverOrdered: string = todoText('productsNeverOrdered');
