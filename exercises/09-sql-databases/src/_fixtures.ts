/**
 * Given to you (identical in exercises/ and solutions/): the tables the exercises query, with a
 * few sample rows for the visible tests. The hidden suites load their own copies of these schemas
 * with larger generated data.
 */

/**
 * The shop's tables with their columns only. The `schema` exercise asks you for the real thing:
 * the same tables with their keys and constraints.
 *
 *     customers   (id, email, name, country, created_at)       created_at: '2024-01-31'
 *     products    (id, sku, name, category, price_cents)
 *     orders      (id, customer_id, ordered_at, status)        ordered_at: '2024-03-05 14:30:00'
 *                                                              status: pending | paid | shipped | cancelled
 *     order_items (order_id, product_id, quantity, unit_price_cents)
 */
export const SHOP_TABLES = `
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, name TEXT, country TEXT, created_at TEXT);
CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT, name TEXT, category TEXT, price_cents INTEGER);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, ordered_at TEXT, status TEXT);
CREATE TABLE order_items (order_id INTEGER, product_id INTEGER, quantity INTEGER, unit_price_cents INTEGER);
`;

export const SHOP_SAMPLE = `
INSERT INTO customers VALUES
  (1, 'ada@example.com', 'Ada', 'UK', '2024-01-02'),
  (2, 'grace@example.com', 'Grace', 'US', '2024-01-15'),
  (3, 'alan@example.com', 'Alan', 'UK', '2024-02-01');
INSERT INTO products VALUES
  (1, 'BK-1', 'SQL Book', 'books', 3000),
  (2, 'BK-2', 'Git Book', 'books', 2500),
  (3, 'MG-1', 'Mug', 'kitchen', 1200),
  (4, 'PN-1', 'Pen', 'office', 200);
INSERT INTO orders VALUES
  (1, 1, '2024-01-05 10:00:00', 'paid'),
  (2, 1, '2024-02-11 09:30:00', 'shipped'),
  (3, 2, '2024-02-20 16:45:00', 'cancelled'),
  (4, 2, '2024-03-01 12:00:00', 'paid');
INSERT INTO order_items VALUES
  (1, 1, 1, 3000), (1, 3, 2, 1200),
  (2, 2, 1, 2500),
  (3, 1, 5, 3000),
  (4, 3, 1, 1000), (4, 2, 2, 2500);
`;

/** An org chart (manager_id NULL for the top) and a bill of materials for `recursive-cte`. */
export const COMPANY_SCHEMA = `
CREATE TABLE employees (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL,
  manager_id INTEGER REFERENCES employees (id)
);
CREATE TABLE parts (
  id              INTEGER PRIMARY KEY,
  name            TEXT    NOT NULL,
  unit_cost_cents INTEGER NOT NULL
);
CREATE TABLE bom (                      -- "parent is built from quantity × child"
  parent_id INTEGER NOT NULL REFERENCES parts (id),
  child_id  INTEGER NOT NULL REFERENCES parts (id),
  quantity  INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (parent_id, child_id)
);
`;

export const COMPANY_SAMPLE = `
INSERT INTO employees VALUES (1, 'Ceo', NULL), (2, 'Cto', 1), (3, 'Dev', 2), (4, 'Cfo', 1);
INSERT INTO parts VALUES (1, 'bike', 0), (2, 'wheel', 0), (3, 'spoke', 10), (4, 'frame', 5000);
INSERT INTO bom VALUES (1, 2, 2), (1, 4, 1), (2, 3, 32);
`;

/** Users for `parameterized`; accounts and transfers for `transactions`. */
export const USERS_SCHEMA = `
CREATE TABLE users (
  id    INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL
);
`;

export const BANK_SCHEMA = `
CREATE TABLE accounts (
  id            INTEGER PRIMARY KEY,
  owner         TEXT    NOT NULL,
  balance_cents INTEGER NOT NULL CHECK (balance_cents >= 0)
);
CREATE TABLE transfers (
  id           INTEGER PRIMARY KEY,
  from_id      INTEGER NOT NULL REFERENCES accounts (id),
  to_id        INTEGER NOT NULL REFERENCES accounts (id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0)
);
`;
