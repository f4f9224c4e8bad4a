import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { GraderError } from '../errors.ts';

export interface RosterStudent {
  id: string;
  name: string;
  email: string;
  extra: Record<string, string>;
}

/** A roster that cannot be used; lists every bad line so one edit fixes them all. */
export class RosterError extends GraderError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super('E_ROSTER', `${file} is not a usable roster; nothing was graded or written:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix these lines and run the command again.`);
  }
}

const REQUIRED = ['student_id', 'name', 'email'] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Reads a roster CSV with the header `student_id,name,email` (more columns are kept as extra).
 * Checks the encoding (UTF-8), the header, and every row: ids present, unique and safe as
 * folder names. Throws `RosterError` listing every problem.
 */
export function readRoster(file: string): RosterStudent[] {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new RosterError(file, [`cannot be read: ${(e as Error).message}`]);
  }
  const problems: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const bad: number[] = [];
    let from = 0;
    for (let line = 1; from <= buf.length; line++) {
      const nl = buf.indexOf(0x0a, from);
      const chunk = buf.subarray(from, nl === -1 ? buf.length : nl);
      try {
        decoder.decode(chunk);
      } catch {
        bad.push(line);
      }
      if (nl === -1) break;
      from = nl + 1;
    }
    throw new RosterError(file, bad.map((l) => `line ${l}: not valid UTF-8; save the roster as UTF-8`));
  }
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    throw new RosterError(file, [`is not valid CSV: ${(e as Error).message}`]);
  }
  const header = rows[0] ?? [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new RosterError(file, [`line 1: the header lacks ${missing.join(', ')}; it must start with student_id,name,email`]);
  const col = (c: string) => header.indexOf(c);
  const seen = new Map<string, number>();
  const students: RosterStudent[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length !== header.length) problems.push(`line ${line}: has ${row.length} fields, the header has ${header.length}`);
    const id = row[col('student_id')] ?? '';
    if (!id) problems.push(`line ${line}: empty student_id`);
    else if (!ID.test(id)) problems.push(`line ${line}: student_id "${id}" may hold only letters, digits, ".", "_" and "-" (it names the submission folder)`);
    else if (seen.has(id)) problems.push(`line ${line}: student_id "${id}" repeats line ${seen.get(id)}`);
    else seen.set(id, line);
    const extra = Object.fromEntries(header.map((h, j) => [h, row[j] ?? '']).filter(([h]) => !REQUIRED.includes(h as never)));
    students.push({ id, name: row[col('name')] ?? '', email: row[col('email')] ?? '', extra });
  });
  if (rows.length < 2) problems.push('has no students below the header');
  if (problems.length) throw new RosterError(file, problems);
  return students;
}
