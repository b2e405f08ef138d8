/**
 * Seeded randomness for choosing among equals. Math.random would make a composition unrepeatable;
 * these are tiny, dependency-free and stable across Node versions.
 */

/** FNV-1a over UTF-16 code units: a fast 32-bit string hash (mulberry32 then spreads its bits). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a 32-bit PRNG yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A pseudo-random rank in [0, 1) for `id` under `seed`. It depends on nothing but the pair, so the
 * order of a list never matters and adding an item to a pool re-ranks nothing else.
 */
export function seededRank(seed: string, id: string): number {
  return mulberry32(hashString(`${seed}\u0000${id}`))();
}
