/**
 * Support file (the same in exercises/ and solutions/): a small, deterministic string hash.
 *
 * Python: what you would do with `int.from_bytes(hashlib.md5(s.encode()).digest()[:4], "big")`;
 * here 32-bit FNV-1a over the UTF-8 bytes, finished with murmur3's fmix32 avalanche, returned as
 * an unsigned integer in [0, 2^32).
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  // FNV alone mixes the last bytes poorly; the avalanche spreads them over all 32 bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
