// Mistake: compares payload ->> 'user' as text, so the number 1 matches the string '1'.
/**
 * PostgreSQL features SQLite lacks, run on a real PostgreSQL engine (PGlite). Parameters are
 * `$1`, `$2`, … .
 *
 * Python (psycopg): `cur.execute("… %s …", (value,))`; the SQL itself is the same.
 */

/**
 * Two tables:
 *   events   id: a bigint identity column the database always generates (an explicit id is
 *            refused), primary key; kind: text, required, one of 'click', 'view', 'purchase';
 *            payload: jsonb, required; created_at: timestamptz, required, defaults to now().
 *   counters name: text primary key; hits: integer, required.
 */
export const eventsDDL: string = `
CREATE TABLE events (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind       text        NOT NULL CHECK (kind IN ('click', 'view', 'purchase')),
  payload    jsonb       NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE counters (
  name text    PRIMARY KEY,
  hits integer NOT NULL
);
`;

/** Counts a hit for the counter named $1: inserts it with 1 or adds 1, in one statement. Returns the new `hits`. */
export const upsertCounterSQL: string = `
INSERT INTO counters (name, hits) VALUES ($1, 1)
ON CONFLICT (name) DO UPDATE SET hits = counters.hits + 1
RETURNING hits
`;

/**
 * The events whose payload has "user" equal to $1 (jsonb containment, so an index on payload
 * could serve it). Columns: id, kind, page (payload's "page" as text, NULL when absent). Order: id.
 */
export const eventsByUserSQL: string = `
SELECT id, kind, payload ->> 'page' AS page
FROM events
WHERE payload ->> 'user' = $1
ORDER BY id
`;

/** A partial expression index: payload's "user" as text, only for rows whose kind is 'click'. */
export const clickUserIndexDDL: string = `
CREATE INDEX events_click_user ON events ((payload ->> 'user')) WHERE kind = 'click'
`;
