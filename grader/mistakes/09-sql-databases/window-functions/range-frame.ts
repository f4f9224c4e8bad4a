// Mistake: orders the window by ordered_at only, with the default RANGE frame: orders at the same moment are peers and share a running total.
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
export const runningTotals: string = `
WITH totals AS (
  SELECT o.id AS order_id, o.customer_id, o.ordered_at,
         SUM(oi.quantity * oi.unit_price_cents) AS order_total_cents
  FROM orders AS o
  JOIN order_items AS oi ON oi.order_id = o.id
  WHERE o.status <> 'cancelled'
  GROUP BY o.id
)
SELECT customer_id, order_id, ordered_at, order_total_cents,
       -- ROWS, not the default RANGE frame: with RANGE, orders sharing a timestamp are peers and
       -- would all get the same running total.
       SUM(order_total_cents) OVER (PARTITION BY customer_id ORDER BY ordered_at) AS running_total_cents
FROM totals
ORDER BY customer_id, ordered_at, order_id
`;

/**
 * Every product (also those that never sold: revenue 0) ranked by revenue within its category,
 * highest first: revenue_rank with RANK() (1, 1, 3) and dense_revenue_rank with DENSE_RANK() (1, 1, 2).
 * Columns: category, product_id, revenue_cents, revenue_rank, dense_revenue_rank.
 * Order: category, revenue_rank, product_id.
 */
export const productRanks: string = `
WITH sales AS (
  SELECT oi.product_id, SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents
  FROM order_items AS oi
  JOIN orders AS o ON o.id = oi.order_id
  WHERE o.status IN ('paid', 'shipped')
  GROUP BY oi.product_id
),
revenue AS (
  SELECT p.category, p.id AS product_id, COALESCE(s.revenue_cents, 0) AS revenue_cents
  FROM products AS p
  LEFT JOIN sales AS s ON s.product_id = p.id
)
SELECT category, product_id, revenue_cents,
       RANK()       OVER w AS revenue_rank,
       DENSE_RANK() OVER w AS dense_revenue_rank
FROM revenue
WINDOW w AS (PARTITION BY category ORDER BY revenue_cents DESC)
ORDER BY category, revenue_rank, product_id
`;

/**
 * The top 2 products of each category by revenue, ties included: every product whose RANK() in
 * its category is at most 2 (so a category can list 3 products when two tie for second place).
 * Columns: category, product_id, revenue_cents. Order: category, revenue_cents descending, product_id.
 */
export const topProductsPerCategory: string = `
WITH sales AS (
  SELECT oi.product_id, SUM(oi.quantity * oi.unit_price_cents) AS revenue_cents
  FROM order_items AS oi
  JOIN orders AS o ON o.id = oi.order_id
  WHERE o.status IN ('paid', 'shipped')
  GROUP BY oi.product_id
),
ranked AS (
  SELECT p.category, p.id AS product_id, COALESCE(s.revenue_cents, 0) AS revenue_cents,
         RANK() OVER (PARTITION BY p.category ORDER BY COALESCE(s.revenue_cents, 0) DESC) AS r
  FROM products AS p
  LEFT JOIN sales AS s ON s.product_id = p.id
)
-- A window function cannot appear in WHERE: filter in an outer query.
SELECT category, product_id, revenue_cents
FROM ranked
WHERE r <= 2
ORDER BY category, revenue_cents DESC, product_id
`;
