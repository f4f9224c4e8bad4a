import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateKeys, closure, decompose3NF, type FD, isBCNF } from '@impl/09-sql-databases/normalization';

// Brute-force models, written from the definitions.
const sortStr = (xs: Iterable<string>) => [...new Set(xs)].sort();
function closureModel(x: readonly string[], fds: readonly FD[]): string[] {
  const out = new Set(x);
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of fds) {
      if (f.lhs.every((a) => out.has(a)) && f.rhs.some((a) => !out.has(a))) {
        for (const a of f.rhs) out.add(a);
        grew = true;
      }
    }
  }
  return sortStr(out);
}
function subsets(xs: readonly string[]): string[][] {
  return Array.from({ length: 1 << xs.length }, (_, m) => xs.filter((_, i) => m & (1 << i)));
}
const covers = (x: readonly string[], rel: readonly string[], fds: readonly FD[]) => {
  const c = new Set(closureModel(x, fds));
  return rel.every((a) => c.has(a));
};
function keysModel(rel: readonly string[], fds: readonly FD[]): string[][] {
  const superkeys = subsets(sortStr(rel)).filter((x) => covers(x, rel, fds));
  const keys = superkeys.filter((k) => !superkeys.some((s) => s.length < k.length && s.every((a) => k.includes(a))));
  return keys.map((k) => [...k].sort()).sort((a, b) => a.length - b.length || (a.join() < b.join() ? -1 : a.join() > b.join() ? 1 : 0));
}
function bcnfModel(rel: readonly string[], fds: readonly FD[]): boolean {
  return subsets(rel).every((x) => {
    const c = closureModel(x, fds).filter((a) => rel.includes(a));
    return c.length === x.length || c.length === rel.length;
  });
}

/** The chase: the decomposition is lossless when some row of the tableau becomes all "a". */
function lossless(schema: readonly string[], parts: string[][], fds: readonly FD[]): boolean {
  const rows = parts.map((p, i) => new Map(schema.map((a) => [a, p.includes(a) ? `a:${a}` : `b${i}:${a}`])));
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of fds) {
      for (const r1 of rows) {
        for (const r2 of rows) {
          if (r1 === r2 || !f.lhs.every((a) => r1.get(a) === r2.get(a))) continue;
          for (const a of f.rhs) {
            const v1 = r1.get(a)!;
            const v2 = r2.get(a)!;
            if (v1 === v2) continue;
            const keep = v1.startsWith('a') ? v1 : v2;
            const drop = keep === v1 ? v2 : v1;
            for (const r of rows) if (r.get(a) === drop) r.set(a, keep);
            changed = true;
          }
        }
      }
    }
  }
  return rows.some((r) => schema.every((a) => r.get(a) === `a:${a}`));
}

/** Dependency preservation: every FD follows from the dependencies that hold inside the parts. */
function preserves(parts: string[][], fds: readonly FD[]): boolean {
  return fds.every((f) => {
    const z = new Set(f.lhs);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of parts) {
        const inside = [...z].filter((a) => p.includes(a));
        for (const a of closureModel(inside, fds)) {
          if (p.includes(a) && !z.has(a)) {
            z.add(a);
            grew = true;
          }
        }
      }
    }
    return f.rhs.every((a) => z.has(a));
  });
}

/** 3NF of a part: for X → A inside it (A not in X), X is a superkey of the part or A is prime. */
function in3NF(part: readonly string[], fds: readonly FD[]): boolean {
  const prime = new Set(keysModel(part, fds).flat());
  return subsets(part).every((x) => closureModel(x, fds).every((a) => !part.includes(a) || x.includes(a) || covers(x, part, fds) || prime.has(a)));
}

function check3NF(schema: string[], fds: FD[]) {
  const parts = decompose3NF(schema, fds);
  const problems: string[] = [];
  if (sortStr(parts.flat()).join() !== sortStr(schema).join()) problems.push('the parts do not cover the schema exactly');
  if (!lossless(schema, parts, fds)) problems.push('not lossless (chase)');
  if (!preserves(parts, fds)) problems.push('loses a dependency');
  for (const p of parts) if (!in3NF(p, fds)) problems.push(`${p.join('')} is not in 3NF`);
  for (const p of parts) if (parts.some((q) => q !== p && p.every((a) => q.includes(a)))) problems.push(`${p.join('')} sits inside another part`);
  expect({ schema: schema.join(''), fds: fds.map((f) => `${f.lhs.join('')}->${f.rhs.join('')}`), parts: parts.map((p) => p.join('')), problems }).toEqual({
    schema: schema.join(''),
    fds: fds.map((f) => `${f.lhs.join('')}->${f.rhs.join('')}`),
    parts: parts.map((p) => p.join('')),
    problems: [],
  });
}

const fd = (text: string): FD[] => text.split(',').map((s) => {
  const [l, r] = s.trim().split('->');
  return { lhs: [...l!], rhs: [...r!] };
});

// Textbook cases.
const ABCDE = [...'ABCDE'];
const CHAIN = fd('A->B, B->C, CD->E');
const ADDRESS = fd('AB->C, C->B'); // street city -> zip, zip -> city

const arbCase = fc
  .integer({ min: 3, max: 6 })
  .chain((n) => {
    const attrs = [...'ABCDEF'].slice(0, n);
    const side = (max: number) => fc.uniqueArray(fc.constantFrom(...attrs), { minLength: 1, maxLength: max });
    return fc.tuple(fc.constant(attrs), fc.array(fc.record({ lhs: side(2), rhs: side(2) }), { minLength: 1, maxLength: 5 }));
  });

describe('closure', () => {
  it('follows chains: A⁺ = ABC under A→B, B→C, CD→E', () => {
    expect(closure(['A'], CHAIN)).toEqual(['A', 'B', 'C']);
  });
  it('needs the whole left side: AD⁺ is everything, C⁺ is C', () => {
    expect(closure(['A', 'D'], CHAIN)).toEqual(ABCDE);
    expect(closure(['C'], CHAIN)).toEqual(['C']);
  });
  it('agrees with the fixpoint model on random dependencies (property)', () => {
    fc.assert(fc.property(arbCase, fc.nat(63), ([attrs, fds], m) => {
      const x = attrs.filter((_, i) => m & (1 << i));
      expect(closure(x, fds)).toEqual(closureModel(x, fds));
    }));
  });
});

describe('candidateKeys', () => {
  it('finds AD for R(ABCDE) with A→B, B→C, CD→E', () => {
    expect(candidateKeys(ABCDE, CHAIN)).toEqual([['A', 'D']]);
  });
  it('finds both keys AB and AC when C→B (the address example)', () => {
    expect(candidateKeys([...'ABC'], ADDRESS)).toEqual([['A', 'B'], ['A', 'C']]);
  });
  it('takes every attribute when there is no dependency', () => {
    expect(candidateKeys(['A', 'B'], [])).toEqual([['A', 'B']]);
  });
  it('agrees with a brute force over all subsets (property)', () => {
    fc.assert(fc.property(arbCase, ([attrs, fds]) => {
      expect(candidateKeys(attrs, fds)).toEqual(keysModel(attrs, fds));
    }));
  });
});

describe('isBCNF', () => {
  it('says no when a non-key determines something (B→C in R(ABCDE))', () => {
    expect(isBCNF(ABCDE, CHAIN)).toBe(false);
  });
  it('says no for the address example, which is in 3NF but not BCNF', () => {
    expect(isBCNF([...'ABC'], ADDRESS)).toBe(false);
  });
  it('says yes when every left side is a superkey, even a non-minimal one', () => {
    expect(isBCNF([...'ABC'], fd('A->BC, AB->C'))).toBe(true);
  });
  it('says yes with only trivial dependencies', () => {
    expect(isBCNF([...'AB'], fd('AB->A'))).toBe(true);
  });
  it('agrees with the definition checked on every subset (property)', () => {
    fc.assert(fc.property(arbCase, ([attrs, fds]) => {
      expect(isBCNF(attrs, fds)).toBe(bcnfModel(attrs, fds));
    }));
  });
});

describe('decompose3NF', () => {
  it('splits R(ABCDE) with A→B, B→C, CD→E into parts that are lossless, preserving and in 3NF', () => check3NF(ABCDE, CHAIN));
  it('keeps the address example whole: it already is in 3NF', () => {
    expect(decompose3NF([...'ABC'], ADDRESS)).toEqual([['A', 'B', 'C']]);
  });
  it('adds a key when no part holds one (R(ABC) with A→B: parts AB and AC)', () => {
    expect(decompose3NF([...'ABC'], fd('A->B'))).toEqual([['A', 'B'], ['A', 'C']]);
  });
  it('gives lossless, dependency-preserving 3NF parts for random dependencies (property, chase)', () => {
    fc.assert(fc.property(arbCase, ([attrs, fds]) => check3NF(attrs, fds)), { numRuns: 60 });
  });
});
