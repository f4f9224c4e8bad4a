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
    defineExercise({
      id: 'joins-aggregates',
      title: 'Joins and aggregates: reports over the shop',
      points: 10,
      python: "orders.merge(items).groupby('customer_id').agg(revenue=('line_total', 'sum'))",
      hints: [
        'Join customers → orders → order_items, filter the order status in WHERE, then GROUP BY the customer and SUM(quantity * unit_price_cents).',
        'A join repeats each order once per line: COUNT(*) counts lines; COUNT(DISTINCT o.id) counts orders. strftime(\'%Y-%m\', ordered_at) gives the month.',
        '"Never ordered" is an anti-join: NOT EXISTS (SELECT 1 FROM order_items WHERE product_id = p.id), or LEFT JOIN … WHERE oi.product_id IS NULL. Do not filter on the status there.',
      ],
    }),
    defineExercise({
      id: 'window-functions',
      title: 'Window functions: running totals, RANK and DENSE_RANK, top N per group',
      points: 10,
      python: "df.groupby('customer_id')['total'].cumsum(); df.groupby('category')['revenue'].rank(method='min', ascending=False)",
      hints: [
        'Compute each order\'s total (or each product\'s revenue) in a CTE first, then apply the window function on top of it: SUM(total) OVER (PARTITION BY customer_id ORDER BY ordered_at, order_id).',
        'With ORDER BY in a window, the default frame is RANGE … CURRENT ROW: rows that tie on the ORDER BY are peers and all get the same running sum. Spell out ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW.',
        'Products that never sold still need a row: LEFT JOIN the sales onto products and COALESCE(revenue, 0). RANK() leaves gaps after ties (1, 1, 3), DENSE_RANK() does not (1, 1, 2).',
        'A window function cannot appear in WHERE: rank in a CTE or subquery, filter WHERE r <= 2 outside. ROW_NUMBER() would cut ties.',
      ],
    }),
    defineExercise({
      id: 'recursive-cte',
      title: 'Recursive CTEs: org charts and bills of materials',
      points: 10,
      python: 'a recursive function over a dict of children, or a stack-based walk',
      hints: [
        'WITH RECURSIVE t(cols) AS (anchor SELECT UNION ALL SELECT … FROM table JOIN t ON …) SELECT … FROM t: the anchor gives the starting rows, the second part adds one level each round.',
        'The anchor of the org chart is every employee WHERE manager_id IS NULL (there can be several), at depth 0 with their own name as the path; each round joins employees whose manager_id is a row already found.',
        'For the bill of materials, carry the quantity down: child quantity = parent quantity × bom.quantity; then GROUP BY part and SUM. Keep UNION ALL: UNION would merge two identical rows that came by different paths.',
      ],
    }),
    defineExercise({
      id: 'parameterized',
      title: 'Parameterized queries: no SQL injection',
      points: 5,
      python: 'con.execute("SELECT … WHERE email = ?", (email,)), never f"… = \'{email}\'"',
      hints: [
        'Never build SQL with a template string around user input: write a ? in the SQL and pass the value to .get(value) or .all(value). The driver sends it apart from the SQL text.',
        'Placeholders protect values, not LIKE patterns: in the value given to LIKE, % and _ are still wildcards. Put a backslash before each, and say so with LIKE ? ESCAPE \'\\\'.',
        'Escape the backslash itself first (or in the same replace): prefix.replace(/[\\\\%_]/g, (c) => \'\\\\\' + c).',
      ],
    }),
    defineExercise({
      id: 'transactions',
      title: 'Transactions: an all-or-nothing transfer',
      points: 10,
      python: 'with con:  # sqlite3 commits on success and rolls back on an exception',
      hints: [
        'Validate what you can before touching the database, in the documented order, and throw new TransferError(code, message).',
        "Wrap the reads and writes in db.exec('BEGIN') … db.exec('COMMIT'). In the catch block, db.exec('ROLLBACK') and rethrow: a trigger or a constraint can fail after the first UPDATE already ran.",
        'Never leave a transaction open: the next BEGIN would fail with "cannot start a transaction within a transaction". db.inTransaction tells you whether one is open.',
      ],
    }),
    defineExercise({
      id: 'indexes',
      title: 'Indexes: make the query plan search, not scan',
      points: 10,
      python: "con.execute('EXPLAIN QUERY PLAN SELECT …').fetchall()",
      hints: [
        'Check your answer the way the tests do: create the indexes, then run EXPLAIN QUERY PLAN on the query; you want "SEARCH t USING INDEX … (a=? AND b=?)", not "SCAN t".',
        'A composite B-tree is sorted by its first column, then the second…: SQLite can use a prefix of equalities, then one range, and stops there. So equality columns first, then the range column.',
        'If the index continues with the ORDER BY columns after the equalities, rows come out already sorted and the plan has no "USE TEMP B-TREE FOR ORDER BY".',
        'An index on (a, b) also serves a query on a alone: drop any column list that is a prefix of another list for the same table.',
      ],
    }),
    defineExercise({
      id: 'normalization',
      title: 'Normalization: closures, keys, BCNF and 3NF synthesis',
      points: 15,
      python: 'sets and frozensets: result |= set(rhs) until a fixpoint; itertools.combinations for the keys',
      hints: [
        'closure: start from X; whenever an FD\'s left side is inside the result, add its right side; stop when a full pass adds nothing.',
        'A candidate key is a minimal set whose closure is everything. Try subsets by size (bit masks over the attributes) and skip any superset of a key already found. An attribute never on a right side is in every key.',
        'BCNF: every non-trivial FD X → Y has X⁺ = the whole relation. 3NF synthesis: minimal cover (single-attribute right sides, no extraneous left attributes, no redundant FD), one relation per left side, plus a key if no relation contains one.',
      ],
    }),
    defineExercise({
      id: 'mini-executor',
      title: 'A tiny query executor with SQL NULL logic',
      points: 20,
      python: 'generator functions chained like itertools (yield from, islice); None is not SQL NULL',
      hints: [
        'Truth has three values in SQL: true, false and null (UNKNOWN). Any comparison with NULL is null; NOT null is null; false AND anything is false; true OR anything is true.',
        'Write the operators as generator functions (function*): each pulls rows from its input only when asked. limit must stop the loop (return) as soon as it has enough, or an endless input never ends.',
        'hashJoin: load the right input into a Map from key to rows (skipping NULL keys), then for each left row yield { ...left, ...right } for its matches. NULL never equals NULL.',
        'sort: SQLite puts NULL before everything in ascending order; a descending key just flips the comparison, which puts NULL last. Array.prototype.sort is stable, so ties keep their input order.',
      ],
    }),
    defineExercise({
      id: 'postgres-features',
      title: 'PostgreSQL: identity columns, JSONB, upserts and partial indexes',
      points: 10,
      python: "psycopg: cur.execute('INSERT … ON CONFLICT … DO UPDATE …', (name,)); Json(payload)",
      hints: [
        'bigint GENERATED ALWAYS AS IDENTITY makes PostgreSQL number the rows and refuse an explicit id (BY DEFAULT would accept one). jsonb stores parsed JSON; timestamptz with DEFAULT now() fills the time.',
        'An upsert is one statement: INSERT … VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET hits = counters.hits + 1 RETURNING hits. EXCLUDED is the row that failed to go in.',
        "payload @> jsonb_build_object('user', $1::text) tests JSON containment, types included: {\"user\": 1} does not contain {\"user\": \"1\"}, while payload ->> 'user' turns both into the text '1'.",
        "A partial expression index: CREATE INDEX name ON events ((payload ->> 'user')) WHERE kind = 'click'. The planner uses it only for queries whose WHERE implies kind = 'click'.",
      ],
    }),
    defineExercise({
      id: 'migrations',
      title: 'Schema migrations with a bookkeeping table and checksums',
      points: 10,
      python: 'what Alembic or Django migrations do: a table of applied revisions, one transaction each',
      hints: [
        "Keep the bookkeeping in the database itself: CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL), and read it into a Map at the start.",
        'Do every check before changing anything: duplicate ids in the list, then applied migrations whose checksum (SHA-256 of the SQL) no longer matches.',
        "SQLite can roll back DDL: run each pending migration between db.exec('BEGIN') and db.exec('COMMIT') together with its INSERT into schema_migrations; on error ROLLBACK and throw new MigrationError('FAILED', id, message, { cause: error }).",
      ],
    }),
  ],
});
