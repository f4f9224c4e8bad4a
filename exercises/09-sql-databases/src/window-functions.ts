import { todoText } from '@roadmap/todo';

/**
 * Window functions over the shop. An order's total is the sum of `quantity * unit_price_cents`
 * over its lines; a product's revenue counts lines of 'paid' and 'shipped' orders only.
 *
 * Python (pandas): `df.groupby("customer_id")["total"].cumsum()`, `.rank(method="min")`,
 * `.rank(method="dense")`.
 */

/**
 * For every order that is not 'cancelled': its total and the customer's running total, the
 * customer's orders taken by ordered_at, then order id (two orders can share a timestamp).
 * Columns: customer_id, order_id, ordered_at, order_total_cents, running_total_cents.
 * Order: customer_id, ordered_at, order_id.
 */
// TODO: write the query.
export const runningTotals: string = todoText('runningTotals');

/**
 * Every product (also those that never sold: revenue 0) ranked by revenue within its category,
 * highest first: revenue_rank with RANK() (1, 1, 3) and dense_revenue_rank with DENSE_RANK() (1, 1, 2).
 * Columns: category, product_id, revenue_cents, revenue_rank, dense_revenue_rank.
 * Order: category, revenue_rank, product_id.
 */
// TODO: write the query.
export const productRanks: string = todoText('productRanks');

/**
 * The top 2 products of each category by revenue, ties included: every product whose RANK() in
 * its category is at most 2 (so a category can list 3 products when two tie for second place).
 * Columns: category, product_id, revenue_cents. Order: category, revenue_cents descending, product_id.
 */
// TODO: write the query.
export const topProductsPerCategory: string = todoText('topProductsPerCategory');
