// Mistake: returns every superkey found, not only the minimal ones.
/** A functional dependency lhs → rhs: rows that agree on lhs agree on rhs. */
export interface FD {
  lhs: readonly string[];
  rhs: readonly string[];
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
const subset = (xs: Iterable<string>, of: ReadonlySet<string>) => [...xs].every((x) => of.has(x));

/**
 * The attribute closure X⁺: every attribute X determines under `fds`. Sorted.
 *
 * Python:
 *     def closure(x, fds):
 *         result = set(x)
 *         changed = True
 *         while changed:
 *             changed = False
 *             for lhs, rhs in fds:
 *                 if set(lhs) <= result and not set(rhs) <= result:
 *                     result |= set(rhs); changed = True
 *         return sorted(result)
 */
export function closure(attrs: Iterable<string>, fds: readonly FD[]): string[] {
  const result = new Set(attrs);
  let changed = true;
  while (changed) {
    changed = false;
    for (const fd of fds) {
      if (subset(fd.lhs, result) && !subset(fd.rhs, result)) {
        for (const a of fd.rhs) result.add(a);
        changed = true;
      }
    }
  }
  return sorted(result);
}

/**
 * Every candidate key of the relation `schema`: minimal attribute sets whose closure is the whole
 * schema. Each key sorted; keys ordered by size, then alphabetically (by their joined text).
 */
export function candidateKeys(schema: readonly string[], fds: readonly FD[]): string[][] {
  const all = sorted(schema);
  // An attribute never on a right-hand side must be in every key; one only on right-hand sides
  // is in none. Search the rest by increasing size, skipping supersets of keys found.
  const onRight = new Set(fds.flatMap((f) => f.rhs.filter((a) => !f.lhs.includes(a))));
  const core = all.filter((a) => !onRight.has(a));
  const optional = all.filter((a) => onRight.has(a));
  const keys: string[][] = [];
  const n = optional.length;
  const masks = Array.from({ length: 1 << n }, (_, m) => m).sort((a, b) => popcount(a) - popcount(b) || a - b);
  for (const m of masks) {
    const candidate = sorted([...core, ...optional.filter((_, i) => m & (1 << i))]);
    if (closure(candidate, fds).length === all.length) keys.push(candidate);
  }
  return keys.sort((a, b) => a.length - b.length || (a.join() < b.join() ? -1 : a.join() > b.join() ? 1 : 0));
}

function popcount(m: number): number {
  let c = 0;
  for (; m; m &= m - 1) c++;
  return c;
}

/**
 * True when `schema` is in Boyce–Codd normal form: the left side of every non-trivial dependency
 * is a superkey. Checking the given dependencies is enough for the relation itself.
 */
export function isBCNF(schema: readonly string[], fds: readonly FD[]): boolean {
  const all = new Set(schema);
  return fds.every((fd) => fd.rhs.every((a) => fd.lhs.includes(a)) || subset(all, new Set(closure(fd.lhs, fds))));
}

/** A minimal cover: single-attribute right sides, no extraneous left attributes, no redundant FD. */
function minimalCover(fds: readonly FD[]): FD[] {
  let cover: FD[] = fds.flatMap((f) => f.rhs.filter((a) => !f.lhs.includes(a)).map((a) => ({ lhs: sorted(f.lhs), rhs: [a] })));
  cover = cover.map((f) => {
    let lhs = [...f.lhs];
    for (const b of f.lhs) {
      const without = lhs.filter((x) => x !== b);
      if (without.length > 0 && closure(without, cover).includes(f.rhs[0]!)) lhs = without;
    }
    return { lhs, rhs: f.rhs };
  });
  for (let i = 0; i < cover.length; ) {
    const rest = cover.filter((_, j) => j !== i);
    if (closure(cover[i]!.lhs, rest).includes(cover[i]!.rhs[0]!)) cover = rest;
    else i++;
  }
  return cover;
}

/**
 * A lossless, dependency-preserving decomposition into third normal form (Bernstein's
 * synthesis): take a minimal cover, make one relation per left-hand side (with everything it
 * determines in the cover), add a candidate key when no relation holds one, and drop relations
 * contained in another. Each relation sorted; relations ordered by their joined text.
 */
export function decompose3NF(schema: readonly string[], fds: readonly FD[]): string[][] {
  const cover = minimalCover(fds);
  const groups = new Map<string, Set<string>>();
  for (const f of cover) {
    const key = f.lhs.join('\u0000');
    const g = groups.get(key) ?? new Set(f.lhs);
    g.add(f.rhs[0]!);
    groups.set(key, g);
  }
  let relations = [...groups.values()].map((g) => sorted(g));
  // Attributes in no dependency still belong somewhere: they end up in every key.
  const keys = candidateKeys(schema, fds);
  if (!relations.some((r) => keys.some((k) => k.every((a) => r.includes(a))))) relations.push(keys[0]!);
  relations = relations.filter((r, i) => !relations.some((o, j) => j !== i && r.every((a) => o.includes(a)) && (o.length > r.length || j < i)));
  return relations.sort((a, b) => (a.join() < b.join() ? -1 : a.join() > b.join() ? 1 : 0));
}
