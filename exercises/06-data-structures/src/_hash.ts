// Given code (not an exercise): string hashing for hash-map and bloom-filter. Identical in
// exercises/ and solutions/.

/** FNV-1a, 32-bit, over the string's UTF-16 code units. `seed` replaces the standard offset basis. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: scrambles the bits of an integer (a cheap second hash). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The default key hash of HashMap: FNV-1a over `typeof key` and `String(key)`, so equal primitives hash equally. */
export function defaultHash(key: unknown): number {
  return fnv1a(`${typeof key}:${String(key)}`);
}
