import { todo } from '@roadmap/todo';

/**
 * Two classic dynamic programs over pairs of sequences: strings (compared by UTF-16 code unit)
 * or arrays (compared with `===`).
 *
 * Python, top-down with a cache, then the bottom-up table this exercise asks for:
 * ```python
 * @functools.cache
 * def L(i, j):                       # LCS length of a[i:] and b[j:]
 *     if i == len(a) or j == len(b): return 0
 *     if a[i] == b[j]: return 1 + L(i + 1, j + 1)
 *     return max(L(i + 1, j), L(i, j + 1))
 *
 * dp = [[0] * (m + 1) for _ in range(n + 1)]     # NOT [[0] * (m + 1)] * (n + 1)
 * ```
 * ```ts
 * const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
 * // NOT new Array(n + 1).fill(new Array(m + 1).fill(0)): that is one row shared n + 1 times
 * ```
 */

/**
 * Longest common subsequence: its `length` and one witness `sequence` (a string for strings, an
 * array for arrays) that is a subsequence of both inputs.
 *
 * ```ts
 * lcs('ABCBDAB', 'BDCABA'); // { length: 4, sequence: 'BCBA' } (or another of length 4)
 * ```
 */
export function lcs(a: string, b: string): { length: number; sequence: string };
export function lcs<T>(a: readonly T[], b: readonly T[]): { length: number; sequence: T[] };
export function lcs<T>(a: string | readonly T[], b: string | readonly T[]): { length: number; sequence: string | T[] } {
  // TODO: fill dp[i][j] = LCS length of a[0, i) and b[0, j) (one more than dp[i-1][j-1] on a
  // match, else the larger of dp[i-1][j] and dp[i][j-1]); then walk back from dp[n][m] to
  // collect a witness, and return a string when the inputs are strings.
  return todo('lcs');
}

/**
 * Levenshtein distance: the least number of single-element insertions, deletions and
 * substitutions that turn `a` into `b`.
 *
 * ```ts
 * editDistance('kitten', 'sitting'); // 3: k->s, e->i, insert g
 * ```
 */
export function editDistance(a: string, b: string): number;
export function editDistance<T>(a: readonly T[], b: readonly T[]): number;
export function editDistance<T>(a: string | readonly T[], b: string | readonly T[]): number {
  // TODO: dp[i][j] = distance between a[0, i) and b[0, j); the first row and column are 0..m and
  // 0..n; each cell is the least of substitute (free on a match), delete and insert.
  return todo('editDistance');
}
