import { todoText } from '@roadmap/todo';

/**
 * The shop's four tables, with their keys and constraints, as one SQL script (run with
 * `db.exec(schemaDDL)`; the tests switch on `PRAGMA foreign_keys = ON` first). The columns are
 * listed in `SHOP_TABLES` (`_fixtures.ts`); here you add what keeps the data valid.
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
// TODO: write the four CREATE TABLE statements.
export const schemaDDL: string = todoText('schemaDDL');
