import fc from 'fast-check';
import { mulberry32, randInt } from '@roadmap/testkit';
import { describe, expect, it } from 'vitest';
import { editDistance, lcs } from '@impl/07-algorithms/lcs-edit-distance';
import { holds, show } from './_kit.ts';

/**
 * Brute force over traces (Wagner & Fischer, 1974): a trace pairs k positions of `a` with k
 * positions of `b`, both in increasing order. Unpaired elements of `a` are deleted, unpaired
 * elements of `b` inserted, pairs of unequal elements substituted. Enumerates every pair of
 * position subsets (2^n * 2^m, fine for n, m <= 7); no dynamic programming involved.
 */
function bruteForce<T>(a: ArrayLike<T>, b: ArrayLike<T>): { lcs: number; edit: number } {
  const n = a.length;
  const m = b.length;
  const bits = (mask: number, len: number) => Array.from({ length: len }, (_, i) => i).filter((i) => mask & (1 << i));
  let bestLcs = 0;
  let bestEdit = Infinity;
  for (let ma = 0; ma < 1 << n; ma++) {
    const pa = bits(ma, n);
    for (let mb = 0; mb < 1 << m; mb++) {
      const pb = bits(mb, m);
      if (pa.length !== pb.length) continue;
      const k = pa.length;
      let mismatches = 0;
      for (let t = 0; t < k; t++) if (a[pa[t]!] !== b[pb[t]!]) mismatches++;
      if (mismatches === 0) bestLcs = Math.max(bestLcs, k);
      bestEdit = Math.min(bestEdit, n - k + (m - k) + mismatches);
    }
  }
  return { lcs: bestLcs, edit: bestEdit };
}

/** Is `sub` a subsequence of `whole` (greedy two-pointer scan)? */
function isSubsequence<T>(sub: ArrayLike<T>, whole: ArrayLike<T>): boolean {
  let i = 0;
  for (let j = 0; j < whole.length && i < sub.length; j++) if (sub[i] === whole[j]) i++;
  return i === sub.length;
}

function expectWitness<T>(a: ArrayLike<T>, b: ArrayLike<T>, got: { length: number; sequence: ArrayLike<T> }, length: number) {
  const call = `lcs(${show(a)}, ${show(b)}) = ${show(got)}`;
  expect(got.length, `${call}: length`).toBe(length);
  expect(got.sequence.length, `${call}: the witness must have \`length\` elements`).toBe(length);
  expect(isSubsequence(got.sequence, a), `${call}: the witness is not a subsequence of a`).toBe(true);
  expect(isSubsequence(got.sequence, b), `${call}: the witness is not a subsequence of b`).toBe(true);
}

const shortString = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
const shortArray = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 7 });

describe('lcs', () => {
  it("finds length 4 for 'ABCBDAB' and 'BDCABA' (the CLRS example) with a valid witness", () => {
    expectWitness('ABCBDAB', 'BDCABA', lcs('ABCBDAB', 'BDCABA'), 4);
  });

  it('returns a string witness for strings and an array witness for arrays', () => {
    expect(lcs('abc', 'abc')).toEqual({ length: 3, sequence: 'abc' });
    expect(lcs([1, 2, 3], [1, 2, 3])).toEqual({ length: 3, sequence: [1, 2, 3] });
    expect(lcs('abc', 'xyz')).toEqual({ length: 0, sequence: '' });
    expect(lcs([], [1, 2])).toEqual({ length: 0, sequence: [] });
  });

  it('matches a brute force over all subsequences of strings up to length 7', () => {
    holds(fc.tuple(shortString, shortString), ([a, b]) => {
      expectWitness(a, b, lcs(a, b), bruteForce(a, b).lcs);
    });
  });

  it('matches a brute force on arrays of numbers up to length 7', () => {
    holds(fc.tuple(shortArray, shortArray), ([a, b]) => {
      expectWitness(a, b, lcs(a, b), bruteForce(a, b).lcs);
    });
  });

  it('handles 2000-element strings: a string against itself plus a suffix', () => {
    const rng = mulberry32(3);
    const a = Array.from({ length: 2000 }, () => 'acgt'[randInt(rng, 0, 3)]).join('');
    const b = `${a.slice(0, 1000)}xyz${a.slice(1000)}`;
    const got = lcs(a, b);
    expect(got.length).toBe(2000);
    expect(got.sequence === a, 'the only LCS here is a itself').toBe(true);
  });
});

describe('editDistance', () => {
  it("turns 'kitten' into 'sitting' in 3 edits", () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts one edit per element against an empty sequence, 0 between equal ones', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcd', '')).toBe(4);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance([1, 2, 3], [1, 2, 3])).toBe(0);
  });

  it('counts a substitution as one edit, not a deletion plus an insertion', () => {
    expect(editDistance('abc', 'abd')).toBe(1);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('matches a brute force over all alignments of strings up to length 7', () => {
    holds(fc.tuple(shortString, shortString), ([a, b]) => {
      expect(editDistance(a, b), `editDistance(${show(a)}, ${show(b)})`).toBe(bruteForce(a, b).edit);
    });
  });

  it('matches a brute force on arrays of numbers up to length 7', () => {
    holds(fc.tuple(shortArray, shortArray), ([a, b]) => {
      expect(editDistance(a, b), `editDistance(${show(a)}, ${show(b)})`).toBe(bruteForce(a, b).edit);
    });
  });

  it('handles 2000-element strings with a known number of edits', () => {
    const rng = mulberry32(4);
    const a = Array.from({ length: 2000 }, () => 'acgt'[randInt(rng, 0, 3)]).join('');
    expect(editDistance(a, `${a}xyz`), 'three insertions at the end').toBe(3);
    expect(editDistance(a, `X${a.slice(1)}`), 'one substitution at the start').toBe(1);
    expect(editDistance(a, a.slice(500)), 'deleting the first 500').toBe(500);
  });
});
