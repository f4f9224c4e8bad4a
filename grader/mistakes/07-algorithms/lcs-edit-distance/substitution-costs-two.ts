// Mistake: no substitution step, so replacing an element costs a deletion plus an insertion.
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

/** An (n+1) x (m+1) table of zeros with independent rows. */
const table = (rows: number, cols: number): number[][] => Array.from({ length: rows }, () => new Array<number>(cols).fill(0));

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
  const n = a.length;
  const m = b.length;
  // dp[i][j] = LCS length of the prefixes a[0, i) and b[0, j).
  const dp = table(n + 1, m + 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      dp[i]![j] = a[i - 1] === b[j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
    }
  }
  // Walk back from the corner: a diagonal step on a match, otherwise towards the larger neighbour.
  const picked: (string | T)[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      picked.push(a[i - 1]!);
      i--;
      j--;
    } else if (dp[i - 1]![j]! >= dp[i]![j - 1]!) i--;
    else j--;
  }
  picked.reverse(); // collected from the end backwards
  const sequence = typeof a === 'string' ? picked.join('') : (picked as T[]);
  return { length: dp[n]![m]!, sequence };
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
  const n = a.length;
  const m = b.length;
  // Only the previous row is needed: prev[j] = distance(a[0, i-1), b[0, j)).
  let prev = Array.from({ length: m + 1 }, (_, j) => j); // from the empty prefix: j insertions
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i; // to the empty prefix: i deletions
    for (let j = 1; j <= m; j++) {
      const substitute = a[i - 1] === b[j - 1] ? prev[j - 1]! : Infinity;
      cur[j] = Math.min(substitute, prev[j]! + 1 /* delete a[i-1] */, cur[j - 1]! + 1 /* insert b[j-1] */);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}
