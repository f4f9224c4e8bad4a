import { todo } from '@roadmap/todo';

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
  // TODO: check "DIRC", the version (2 or 3) and the trailing SHA-1; then read `count` entries
  // with a DataView (big-endian getUint32/getUint16), rounding each entry up to a multiple of 8.
  return todo('parseIndex');
}
