import { createHash } from 'node:crypto';

export interface IndexEntry {
  ctimeSeconds: number;
  ctimeNanoseconds: number;
  mtimeSeconds: number;
  mtimeNanoseconds: number;
  dev: number;
  ino: number;
  /** As a number: 0o100644 for a file, 0o100755 executable, 0o120000 symlink, 0o160000 submodule. */
  mode: number;
  uid: number;
  gid: number;
  /** File size in bytes (truncated to 32 bits). */
  size: number;
  /** 40 hex digits. */
  oid: string;
  /** 0 normally; 1 (base), 2 (ours), 3 (theirs) during a merge conflict. */
  stage: number;
  assumeValid: boolean;
  /** Path from the repository root with '/' separators. */
  path: string;
}

export interface GitIndex {
  version: number;
  entries: IndexEntry[];
}

/**
 * Parses `.git/index` (versions 2 and 3), the staging area `git ls-files -s` lists.
 *
 *     header   "DIRC" | version (u32) | entry count (u32)          all integers big-endian
 *     entry    ctime s, ns | mtime s, ns | dev | ino | mode | uid | gid | size   (10 × u32)
 *              oid (20 raw bytes) | flags (u16: assume-valid 1 bit, extended 1, stage 2, name length 12)
 *              [version 3 with the extended bit: one more u16]
 *              path, then 1 to 8 NUL bytes so the entry's length is a multiple of 8
 *     ...      extensions (skip them), then the SHA-1 of everything before it (20 bytes)
 *
 * Throws when the signature, the version or the trailing checksum is wrong.
 *
 * Python:
 *     import struct
 *     sig, version, count = struct.unpack(">4sII", data[:12])
 *     ctime_s, ctime_ns, ..., size = struct.unpack(">10I", data[i:i+40])
 */
export function parseIndex(buf: Uint8Array): GitIndex {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length < 32) throw new Error(`index too short: ${buf.length} bytes`);
  const signature = new TextDecoder().decode(buf.subarray(0, 4));
  if (signature !== 'DIRC') throw new Error(`bad index signature "${signature}"`);
  const version = view.getUint32(4);
  if (version !== 2 && version !== 3) throw new Error(`unsupported index version ${version}`);
  const expected = Buffer.from(buf.subarray(buf.length - 20)).toString('hex');
  const actual = createHash('sha1').update(buf.subarray(0, buf.length - 20)).digest('hex');
  if (expected !== actual) throw new Error(`index checksum mismatch: file says ${expected}, content hashes to ${actual}`);

  const count = view.getUint32(8);
  const entries: IndexEntry[] = [];
  const decoder = new TextDecoder();
  let at = 12;
  for (let n = 0; n < count; n++) {
    const u32 = (k: number) => view.getUint32(at + 4 * k);
    const flags = view.getUint16(at + 60);
    const extended = (flags & 0x4000) !== 0;
    const pathStart = at + 62 + (extended ? 2 : 0);
    // The 12-bit length saturates at 0xfff for long paths: then the NUL ends the path.
    const nameLength = flags & 0xfff;
    const pathEnd = nameLength < 0xfff ? pathStart + nameLength : buf.indexOf(0, pathStart);
    entries.push({
      ctimeSeconds: u32(0),
      ctimeNanoseconds: u32(1),
      mtimeSeconds: u32(2),
      mtimeNanoseconds: u32(3),
      dev: u32(4),
      ino: u32(5),
      mode: u32(6),
      uid: u32(7),
      gid: u32(8),
      size: u32(9),
      oid: Buffer.from(buf.subarray(at + 40, at + 60)).toString('hex'),
      stage: (flags >> 12) & 0b11,
      assumeValid: (flags & 0x8000) !== 0,
      path: decoder.decode(buf.subarray(pathStart, pathEnd)),
    });
    // Entry length (from its start, through at least one NUL) rounds up to a multiple of 8.
    const length = pathEnd - at;
    at += (length + 8) & ~7;
  }
  return { version, entries };
}
