// Mistake: only looks at lines of orders that were not cancelled, so a product sold only in cancelled orders counts as never ordered.
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
export const topCustomersByRevenue: string = `
SELECT c.id AS customer_id,
       c.name,
       SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents
FROM customers AS c
JOIN orders AS o       ON o.customer_id = c.id
JOIN order_items AS oi ON oi.order_id = o.id
WHERE o.status IN ('paid', 'shipped')
GROUP BY c.id, c.name
ORDER BY revenue_cents DESC, c.id
LIMIT 5
`;

/**
 * Per calendar month of `ordered_at`, over orders that are not 'cancelled':
 * Columns: month ('YYYY-MM'), orders (how many distinct orders), revenue_cents. Order: month.
 */
export const monthlyRevenue: string = `
SELECT strftime('%Y-%m', o.ordered_at) AS month,
       -- The join repeats an order once per line: count the orders, not the rows.
       COUNT(DISTINCT o.id) AS orders,
       SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents
FROM orders AS o
JOIN order_items AS oi ON oi.order_id = o.id
WHERE o.status <> 'cancelled'
GROUP BY month
ORDER BY month
`;

/**
 * Products that appear in no order line at all (whatever the order's status).
 * Columns: id, sku, name. Order: id.
 */
export const productsNeverOrdered: string = `
SELECT p.id, p.sku, p.name
FROM products AS p
WHERE NOT EXISTS (SELECT 1 FROM order_items AS oi JOIN orders AS o ON o.id = oi.order_id WHERE oi.product_id = p.id AND o.status <> 'cancelled')
ORDER BY p.id
`;
