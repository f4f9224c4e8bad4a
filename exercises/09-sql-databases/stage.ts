import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '09-sql-databases',
  title: 'SQL databases: schemas, queries, transactions and query plans',
  roadmap: 'Database Fundamentals: SQL (PostgreSQL, MySQL), schema design, querying and optimization',
  exercises: [
    defineExercise({
      id: 'schema',
      title: 'Schema design: keys and constraints for a shop',
      points: 10,
      python: 'con.executescript(SCHEMA) with sqlite3; SQLAlchemy Column(..., nullable=False, unique=True)',
      hints: [
        'Every rule in the comment is a constraint: "required" is NOT NULL, "unique" is UNIQUE, "never negative" is CHECK (price_cents >= 0), "must name a customer" is REFERENCES customers (id).',
        'In SQLite only "INTEGER PRIMARY KEY" (spelled exactly so) makes id an alias of the rowid, numbered automatically; "INT PRIMARY KEY" leaves an omitted id NULL.',
        'One row per (order_id, product_id) is a composite key: PRIMARY KEY (order_id, product_id) at the end of the table. Deleting an order deletes its items: REFERENCES orders (id) ON DELETE CASCADE.',
      ],
    }),
  ],
});
