import { myersDiff } from './diff.ts';

export interface MergeResult {
  /** The merged text, with conflict markers where both sides changed the same place. */
  text: string;
  /** How many conflict blocks `text` holds (`git merge-file` exits with this number). */
  conflicts: number;
}

export interface MergeOptions {
  /** Names written after the markers: `<<<<<<< ours` … `>>>>>>> theirs`. */
  labels?: { ours?: string; theirs?: string };
}

/** A changed stretch: lines [b0, b1) of one text replaced by lines [s0, s1) of another. */
interface Hunk {
  b0: number;
  b1: number;
  s0: number;
  s1: number;
}

/** A region of the merge. Ranges are half-open, in ours' (o) and theirs' (t) line numbers. */
interface Region {
  kind: 'ours' | 'theirs' | 'conflict' | 'same';
  o0: number;
  o1: number;
  t0: number;
  t1: number;
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The change hunks of a minimal diff from `from` to `to`. */
function hunks(from: readonly string[], to: readonly string[]): Hunk[] {
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  for (const e of myersDiff(from, to)) {
    if (e.op === 'equal') {
      if (open) out.push(open);
      open = undefined;
      i++;
      j++;
      continue;
    }
    open ??= { b0: i, b1: i, s0: j, s1: j };
    if (e.op === 'delete') open.b1 = ++i;
    else open.s1 = ++j;
  }
  if (open) out.push(open);
  return out;
}

const sameLines = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((l, i) => l === y[i]);

/**
 * A three-way merge of text files as `git merge-file -p` does it (its default "zealous, alnum"
 * level, "merge" conflict style). Inputs are LF text ending in '\n' (or empty).
 *
 * 1. Diff base→ours and base→theirs into hunks (base range → replacement).
 * 2. Walk both hunk lists in base order. A hunk that ends strictly before the other side's next
 *    hunk starts is a one-sided change. Hunks that overlap or touch form a conflict over the
 *    union of their base ranges, unless they are the same hunk with the same new lines.
 *    A region that overlaps or touches the previous one (in ours' or theirs' line numbers)
 *    joins it, and the joined region is a conflict if their kinds differ.
 * 3. Refine each conflict whose sides are both non-empty: diff its ours lines against its
 *    theirs lines; no difference resolves it, otherwise each hunk of that diff becomes its own
 *    conflict and the lines between them merge cleanly.
 * 4. Join two consecutive conflicts when at most 3 lines of ours separate them, or when none of
 *    those lines holds a letter or digit.
 * 5. Write ours with the regions applied; a conflict is written as
 *    `<<<<<<< ours\n` ours lines `=======\n` theirs lines `>>>>>>> theirs\n`.
 *
 * Python has no standard three-way merge; Mercurial's `simplemerge` is the closest relative.
 */
export function merge3(base: string, ours: string, theirs: string, opts: MergeOptions = {}): MergeResult {
  const B = splitLines(base);
  const O = splitLines(ours);
  const T = splitLines(theirs);
  const ho = hunks(B, O);
  const ht = hunks(B, T);
  // One side unchanged: the result is the other side, byte for byte.
  if (ho.length === 0) return { text: theirs, conflicts: 0 };
  if (ht.length === 0) return { text: ours, conflicts: 0 };

  const regions: Region[] = [];
  const append = (r: Region) => {
    const last = regions[regions.length - 1];
    if (last && (r.o0 <= last.o1 || r.t0 <= last.t1)) {
      if (last.kind !== r.kind) last.kind = 'conflict';
      last.o1 = r.o1;
      last.t1 = r.t1;
    } else regions.push(r);
  };
  // delta(h) = how far a side's line numbers have drifted from base's before hunk h.
  let i = 0;
  let j = 0;
  let dOurs = 0;
  let dTheirs = 0;
  while (i < ho.length || j < ht.length) {
    const x = ho[i];
    const y = ht[j];
    if (x && (!y || x.b1 < y.b0)) {
      append({ kind: 'ours', o0: x.s0, o1: x.s1, t0: x.b0 + dTheirs, t1: x.b1 + dTheirs });
      dOurs = x.s1 - x.b1;
      i++;
      continue;
    }
    if (y && (!x || y.b1 < x.b0)) {
      append({ kind: 'theirs', o0: y.b0 + dOurs, o1: y.b1 + dOurs, t0: y.s0, t1: y.s1 });
      dTheirs = y.s1 - y.b1;
      j++;
      continue;
    }
    const a = x!;
    const b = y!;
    const identical = a.b0 === b.b0 && a.b1 === b.b1 && sameLines(O.slice(a.s0, a.s1), T.slice(b.s0, b.s1));
    if (!identical) {
      // Widen each side's range to the union of the two base ranges.
      const b0 = Math.min(a.b0, b.b0);
      const b1 = Math.max(a.b1, b.b1);
      append({
        kind: 'conflict',
        o0: a.s0 - (a.b0 - b0),
        o1: a.s1 + (b1 - a.b1),
        t0: b.s0 - (b.b0 - b0),
        t1: b.s1 + (b1 - b.b1),
      });
    }
    // Advance whichever hunk ends first in base (both when they end together).
    if (a.b1 >= b.b1) {
      dTheirs = b.s1 - b.b1;
      j++;
    }
    if (b.b1 >= a.b1) {
      dOurs = a.s1 - a.b1;
      i++;
    }
  }

  // 3. Refine conflicts by diffing the two sides against each other.
  const refined: Region[] = [];
  for (const r of regions) {
    if (r.kind !== 'conflict' || r.o0 === r.o1 || r.t0 === r.t1) {
      refined.push(r);
      continue;
    }
    const inner = hunks(O.slice(r.o0, r.o1), T.slice(r.t0, r.t1));
    if (inner.length === 0) refined.push({ ...r, kind: 'same' });
    for (const h of inner) refined.push({ kind: 'conflict', o0: r.o0 + h.b0, o1: r.o0 + h.b1, t0: r.t0 + h.s0, t1: r.t0 + h.s1 });
  }

  // 4. Join conflicts separated by little, or by lines without letters and digits.
  const hasAlnum = (lines: readonly string[]) => lines.some((l) => /[A-Za-z0-9]/.test(l));
  const final: Region[] = [];
  for (const r of refined) {
    const last = final[final.length - 1];
    if (last && last.kind === 'conflict' && r.kind === 'conflict' && (r.o0 - last.o1 <= 3 || !hasAlnum(O.slice(last.o1, r.o0)))) {
      last.o1 = r.o1;
      last.t1 = r.t1;
    } else final.push({ ...r });
  }

  // 5. Write it out.
  const ours_ = opts.labels?.ours ?? 'ours';
  const theirs_ = opts.labels?.theirs ?? 'theirs';
  const block = (lines: readonly string[]) => {
    const s = lines.join('');
    return s === '' || s.endsWith('\n') ? s : `${s}\n`;
  };
  let text = '';
  let conflicts = 0;
  let at = 0;
  for (const r of final) {
    if (r.kind === 'same') continue; // identical on both sides: copied with ours below
    text += O.slice(at, r.o0).join('');
    if (r.kind === 'ours') text += O.slice(r.o0, r.o1).join('');
    else if (r.kind === 'theirs') text += T.slice(r.t0, r.t1).join('');
    else {
      conflicts++;
      text += `<<<<<<< ${ours_}\n${block(O.slice(r.o0, r.o1))}=======\n${block(T.slice(r.t0, r.t1))}>>>>>>> ${theirs_}\n`;
    }
    at = r.o1;
  }
  text += O.slice(at).join('');
  return { text, conflicts };
}
