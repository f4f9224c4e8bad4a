// Mistake: reads only loose ref files and never looks in packed-refs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readObject } from './read-object.ts';

/** Where `git rev-parse <name>` looks for a short name, in this order (the first hit wins). */
const RULES = ['%s', 'refs/%s', 'refs/tags/%s', 'refs/heads/%s', 'refs/remotes/%s', 'refs/remotes/%s/HEAD'];

/** `<oid> <refname>` lines of `packed-refs`; `#` header lines and `^<peeled>` lines are not refs. */
function packedRefs(gitDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const file = path.join(gitDir, 'packed-refs');
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('^')) continue;
    const sp = line.indexOf(' ');
    out.set(line.slice(sp + 1), line.slice(0, sp));
  }
  return out;
}

/** The oid a full ref name points to, following `ref: ` links; a loose file beats packed-refs. */
function readRef(gitDir: string, refname: string, depth = 0): string | null {
  if (depth > 5) throw new Error(`symbolic ref loop at ${refname}`);
  const file = path.join(gitDir, refname);
  if (existsSync(file) && statSync(file).isFile()) {
    const text = readFileSync(file, 'utf8').trim();
    if (text.startsWith('ref: ')) return readRef(gitDir, text.slice(5), depth + 1);
    return /^[0-9a-f]{40}$/.test(text) ? text : null;
  }
  return null;
}

/**
 * What `git rev-parse <name>` prints, or null when it names nothing: a 40-hex oid as is; `HEAD`
 * and other full names (`refs/heads/main`); short names tried as `<name>`, `refs/<name>`,
 * `refs/tags/<name>`, `refs/heads/<name>`, `refs/remotes/<name>`, `refs/remotes/<name>/HEAD`.
 * A ref is a loose file under gitDir (an oid, or `ref: <other ref>` for a symbolic ref) or a
 * line of `packed-refs`; the loose file wins. `<name>^{}` peels annotated tags down to the
 * object they finally point to.
 *
 * Python:
 *     def resolve_ref(git_dir: str, name: str) -> str | None:
 *         for rule in RULES:
 *             oid = read_ref(git_dir, rule % name)
 *             if oid: return oid
 *         return None
 */
export function resolveRef(gitDir: string, name: string): string | null {
  if (name.endsWith('^{}')) {
    let oid = resolveRef(gitDir, name.slice(0, -3));
    // Peel: while it is a tag object, follow its `object <oid>` header.
    while (oid) {
      const obj = readObject(gitDir, oid);
      if (obj.type !== 'tag') break;
      oid = /^object ([0-9a-f]{40})$/m.exec(new TextDecoder().decode(obj.body))![1]!;
    }
    return oid;
  }
  if (/^[0-9a-f]{40}$/.test(name)) return name;
  for (const rule of RULES) {
    const oid = readRef(gitDir, rule.replace('%s', name));
    if (oid) return oid;
  }
  return null;
}
