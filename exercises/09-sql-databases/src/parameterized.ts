import { todo } from '@roadmap/todo';
import type { Db } from './_db.ts';

export interface User {
  id: number;
  email: string;
  name: string;
}

/**
 * The user with exactly this email, or undefined. The email travels as a bound parameter, never
 * inside the SQL text, so `' OR 1=1 --` is just an email nobody has.
 *
 * Python:
 *     con.execute("SELECT id, email, name FROM users WHERE email = ?", (email,)).fetchone()
 */
export function findUserByEmail(db: Db, email: string): User | undefined {
  // TODO: one SELECT with a ? placeholder; pass the email to .get().
  return todo('findUserByEmail');
}

/**
 * Users whose name starts with `prefix`, ignoring ASCII case (SQLite's LIKE), ordered by name
 * then id. `%` and `_` in the prefix are literal characters, not wildcards: "50%" finds
 * "50% Club" but not "500 Club".
 *
 * Python:
 *     escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
 *     con.execute("SELECT … WHERE name LIKE ? ESCAPE '\\' ORDER BY name, id", (escaped + "%",))
 */
export function findUsersByNamePrefix(db: Db, prefix: string): User[] {
  // TODO: put a backslash before every \, % and _ of the prefix, append %, and use
  // LIKE ? ESCAPE '\' (one backslash in the SQL).
  return todo('findUsersByNamePrefix');
}
