// Opens in-memory SQLite databases for the visible tests. better-sqlite3 is installed for the
// grader; this borrows it from there, so the exercises themselves need no dependency.
import { createRequire } from 'node:module';
import type { Db } from '../src/_db.ts';

interface Sqlite extends Db {
  close(): void;
}

const require = createRequire(new URL('../node_modules/@roadmap/grader/package.json', import.meta.url));
const Database = require('better-sqlite3') as new (file: string) => Sqlite;

/** A fresh in-memory database with foreign keys on, after running `setup` (SQL scripts). */
export function openDb(...setup: string[]): Sqlite {
  const db = new Database(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  for (const sql of setup) db.exec(sql);
  return db;
}
