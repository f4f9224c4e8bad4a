import { defineExercise, defineStage } from '@roadmap/manifest';

export default defineStage({
  id: '08-version-control',
  title: 'Version control: git from the inside',
  roadmap: 'Version Control (Git): proficiency with Git for collaborative development',
  exercises: [
    defineExercise({
      id: 'hash-object',
      title: 'Object ids: what git hash-object computes',
      points: 5,
      python: "hashlib.sha1(f'{type} {len(data)}\\0'.encode() + data).hexdigest()",
      hints: [
        'An object id is the SHA-1 of a small header followed by the content: "blob 6\\0hello\\n" for the text "hello\\n".',
        'Turn a string into bytes first (new TextEncoder().encode(s)) and put the byte count in the header; "é".length is 1 but it is 2 bytes.',
        "Build one Uint8Array (header, then body), then createHash('sha1').update(bytes).digest('hex') from node:crypto.",
      ],
    }),
    defineExercise({
      id: 'loose-object',
      title: 'Loose objects: write what git hash-object -w writes',
      points: 5,
      python: 'zlib.compress(raw) written to .git/objects/ab/cdef…, os.makedirs(exist_ok=True)',
      hints: [
        'The file name comes from the id: objects/<first two hex digits>/<the other 38>.',
        'Compress the whole "<type> <size>\\0" + body with deflateSync from node:zlib; the id is the SHA-1 of the uncompressed bytes.',
        'Create the folder with mkdirSync(dir, { recursive: true }) and skip the write when the file already exists: same id, same content.',
      ],
    }),
    defineExercise({
      id: 'read-object',
      title: 'Read an object back: type, size, body',
      points: 5,
      python: "zlib.decompress(open(path, 'rb').read()).partition(b'\\0')",
      hints: [
        'Inflate the file with inflateSync, then look for the first 0 byte: before it is the ASCII header "<type> <size>", after it the body.',
        'Decode only the header to text. Keep the body as a Uint8Array (slice), or a binary blob gets mangled by UTF-8 decoding.',
        'Wrap the read in try/catch and throw new Error(`object ${oid} not found`) so the caller learns which id was missing.',
      ],
    }),
    defineExercise({
      id: 'tree',
      title: 'Tree objects: a directory listing in git order',
      points: 10,
      python: "b''.join(f'{mode} {name}\\0'.encode() + bytes.fromhex(oid) for ... in sorted(entries, key=...))",
      hints: [
        'Each entry is the text "<mode> <name>" then a 0 byte then the oid as 20 raw bytes (Buffer.from(oid, "hex")), not 40 hex characters.',
        'Sort before writing. The key is the name as UTF-8 bytes, plus a "/" when the entry is a directory: the folder "foo" sorts after "foo.c" ("/" is 0x2f, "." is 0x2e).',
        'Compare keys byte by byte (like memcmp), not with < on strings: JavaScript compares UTF-16 code units, which puts "😀" before "ｚ" while git puts it after.',
        "git ls-tree prints directories as 040000 but the object stores 40000: strip the leading zero.",
      ],
    }),
    defineExercise({
      id: 'commit',
      title: 'Commit objects: the text behind git commit-tree',
      points: 5,
      python: "('\\n'.join(headers) + '\\n\\n' + message).encode()",
      hints: [
        'A commit body is plain text: "tree <oid>", one "parent <oid>" line per parent, "author ...", "committer ...", an empty line, then the message.',
        'Keep the message verbatim: git commit-tree adds nothing when the message comes on stdin, not even a final newline.',
        'To parse, split at the first "\\n\\n"; in the header part, lines starting with a space continue the previous header (a signature) and can be skipped.',
      ],
    }),
    defineExercise({
      id: 'index-file',
      title: 'The index: parse .git/index like git ls-files -s',
      points: 10,
      python: "struct.unpack('>4sII', data[:12]); struct.unpack('>10I', data[i:i + 40])",
      hints: [
        'Everything is big-endian: new DataView(buf.buffer, buf.byteOffset, buf.byteLength) and getUint32(offset) / getUint16(offset) read it.',
        'An entry is 40 bytes of stat data, 20 bytes of oid, 2 bytes of flags (stage in bits 12-13, name length in the low 12 bits), then the path.',
        'Entries are padded with 1 to 8 NUL bytes: the next entry starts at start + ((62 + pathLength + 8) & ~7); with the v3 extended flag, 64 instead of 62.',
        'A name length of 0xfff means "4095 or more": then find the NUL that ends the path. Check the last 20 bytes: they are the SHA-1 of everything before them.',
      ],
    }),
    defineExercise({
      id: 'diff',
      title: 'Diff: the Myers algorithm and git diff hunks',
      points: 15,
      python: 'difflib.unified_diff(a.splitlines(True), b.splitlines(True), n=3)',
      hints: [
        'Myers searches by the number of edits d = 0, 1, 2, …: on each diagonal k = x - y keep the furthest x reached, step once (right = delete, down = insert), then slide along equal lines for free.',
        'Save a copy of the furthest-x array before each round; when you reach the end, walk the copies backwards to recover which step was taken on every round.',
        'For the hunks, keep the line endings in the lines ("x" and "x\\n" differ), number every edit with its positions in a and b, and start a new hunk when more than 2·context equal lines separate two changes.',
        'Header ranges: 1-based start, ",count" left out when the count is 1, and an empty range (count 0) names the line before it: "@@ -0,0 +1,3 @@" for a new file.',
      ],
    }),
    defineExercise({
      id: 'merge3',
      title: 'Three-way merge: what git merge-file writes',
      points: 20,
      python: 'no standard module: Mercurial\'s simplemerge, or diff3 -m',
      hints: [
        'Turn both diffs (base→ours, base→theirs) into hunks: a base range [b0, b1) replaced by a range of the side. Walk both lists together in base order, like merging two sorted lists.',
        'Track, for each side, how far its line numbers have drifted from base (the size change of the hunks already passed): that maps a base position into ours or theirs.',
        'Touching counts as overlapping: a hunk is one-sided only when it ends strictly before the other side\'s next hunk begins. Identical hunks (same base range, same new lines) are not a conflict.',
        'After that, diff the ours part of each conflict against its theirs part to shrink it, then glue conflicts that are at most 3 lines apart (or apart only by lines with no letter or digit).',
      ],
    }),
    defineExercise({
      id: 'merge-base',
      title: 'Merge bases: the best common ancestors',
      points: 10,
      python: 'a DFS over a dict of parents; set intersection with &',
      hints: [
        'Write ancestors(dag, x): every commit reachable from x through parents, x included (a stack plus a Set).',
        'The common ancestors are ancestors(a) ∩ ancestors(b); git keeps only the best ones: those that are not an ancestor of another common ancestor.',
        'After a criss-cross merge there are two best ancestors, and two unrelated histories have none: return a list, never a single commit.',
      ],
    }),
    defineExercise({
      id: 'refs',
      title: 'Refs: what git rev-parse resolves',
      points: 10,
      python: "open(os.path.join(git_dir, 'refs/heads/main')).read().strip()",
      hints: [
        'A ref is a file under the git folder holding 40 hex digits, or "ref: <another ref>" for a symbolic ref such as HEAD: follow those links.',
        'git pack-refs moves refs into one file, packed-refs: "<oid> <refname>" lines, plus "#" header and "^<oid>" peeled lines that are not refs. A loose file, when present, is newer and wins.',
        'A short name is tried as <name>, refs/<name>, refs/tags/<name>, refs/heads/<name>, refs/remotes/<name>, refs/remotes/<name>/HEAD: the first that exists wins, so a tag beats a branch of the same name.',
        'name^{} peels: while the object is a tag, read it (your readObject) and follow its "object <oid>" line.',
      ],
    }),
    defineExercise({
      id: 'log',
      title: 'git log --first-parent from the raw objects',
      points: 5,
      python: 'while oid: out.append(oid); oid = (parse_commit(read_object(oid)).parents or [None])[0]',
      hints: [
        'Reuse your own pieces: resolveRef for the start, readObject to load a commit, parseCommit for its parents.',
        'The first parent of a merge is the branch you were on when you merged; following only parents[0] gives the mainline history.',
        'A root commit has no parent: stop there. An unborn branch resolves to null: return [].',
      ],
    }),
  ],
});
