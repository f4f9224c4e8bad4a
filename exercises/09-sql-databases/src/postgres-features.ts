import { todoText } from '@roadmap/todo';

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
// TODO: write the SQL.
export const eventsDDL: string = todoText('eventsDDL');

/** Counts a hit for the counter named $1: inserts it with 1 or adds 1, in one statement. Returns the new `hits`. */
// TODO: write the SQL.
export const upsertCounterSQL: string = todoText('upsertCounterSQL');

/**
 * The events whose payload has "user" equal to $1 (jsonb containment, so an index on payload
 * could serve it). Columns: id, kind, page (payload's "page" as text, NULL when absent). Order: id.
 */
// TODO: write the SQL.
export const eventsByUserSQL: string = todoText('eventsByUserSQL');

/** A partial expression index: payload's "user" as text, only for rows whose kind is 'click'. */
// TODO: write the SQL.
export const clickUserIndexDDL: string = todoText('clickUserIndexDDL');
