import { todo } from '@roadmap/todo';

/** A functional dependency lhs → rhs: rows that agree on lhs agree on rhs. */
export interface FD {
  lhs: readonly string[];
  rhs: readonly string[];
}

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
  // TODO: start from the attributes; apply every FD whose left side is inside; repeat until
  // nothing changes; return sorted.
  return todo('closure');
}

/**
 * Every candidate key of the relation `schema`: minimal attribute sets whose closure is the whole
 * schema. Each key sorted; keys ordered by size, then alphabetically (by their joined text).
 */
export function candidateKeys(schema: readonly string[], fds: readonly FD[]): string[][] {
  // TODO: try attribute sets from the smallest up; keep those whose closure is the whole schema
  // and that contain no key already found.
  return todo('candidateKeys');
}

/**
 * True when `schema` is in Boyce–Codd normal form: the left side of every non-trivial dependency
 * is a superkey. Checking the given dependencies is enough for the relation itself.
 */
export function isBCNF(schema: readonly string[], fds: readonly FD[]): boolean {
  // TODO: every FD is trivial (rhs inside lhs) or its lhs closure is the whole schema.
  return todo('isBCNF');
}

/**
 * A lossless, dependency-preserving decomposition into third normal form (Bernstein's
 * synthesis): take a minimal cover, make one relation per left-hand side (with everything it
 * determines in the cover), add a candidate key when no relation holds one, and drop relations
 * contained in another. Each relation sorted; relations ordered by their joined text.
 */
export function decompose3NF(schema: readonly string[], fds: readonly FD[]): string[][] {
  // TODO: minimal cover (split right sides, drop extraneous left attributes, drop redundant FDs);
  // one relation per left side; add a key if no relation holds one; drop relations inside others.
  return todo('decompose3NF');
}
