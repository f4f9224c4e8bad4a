// Mistake: writes INT PRIMARY KEY, which is not SQLite's rowid alias: an omitted id stays NULL.
/**
 * The shop's four tables, with their keys and constraints, as one SQL script (run with
 * `db.exec(schemaDDL)`; the tests switch on `PRAGMA foreign_keys = ON` first).
 *
 * Python keeps this in a .sql file and runs `con.executescript(SCHEMA)`.
 *
 * customers   id integer primary key; email required and unique; name, country, created_at required.
 * products    id integer primary key; sku required and unique; name, category required;
 *             price_cents required integer, never negative.
 * orders      id integer primary key; customer_id required, must name a customer (deleting a
 *             customer who has orders fails); ordered_at required; status required, one of
 *             'pending', 'paid', 'shipped', 'cancelled'.
 * order_items order_id required, must name an order, and deleting the order deletes its items;
 *             product_id required, must name a product; quantity required, above 0;
 *             unit_price_cents required, never negative; one row per (order_id, product_id).
 */
export const schemaDDL: string = `
CREATE TABLE customers (
  id         INT PRIMARY KEY,
  email      TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  country    TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE products (
  id          INTEGER PRIMARY KEY,
  sku         TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  category    TEXT    NOT NULL,
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);

CREATE TABLE orders (
  id          INTEGER PRIMARY KEY,
  -- No ON DELETE action: deleting a customer who still has orders is refused.
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  ordered_at  TEXT    NOT NULL,
  status      TEXT    NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled'))
);

CREATE TABLE order_items (
  order_id         INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id       INTEGER NOT NULL REFERENCES products (id),
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  -- A composite key: the same product appears at most once per order.
  PRIMARY KEY (order_id, product_id)
);
`;
