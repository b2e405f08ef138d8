import { createHash } from 'node:crypto';

/** Deterministic Fisher–Yates shuffle from a string seed (the attempt id), so a restart shows the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  let counter = 0;
  let pool = Buffer.alloc(0);
  const nextUint32 = (): number => {
    if (pool.length < 4) {
      pool = createHash('sha256').update(`${seed}:${counter++}`).digest();
    }
    const value = pool.readUInt32BE(0);
    pool = pool.subarray(4);
    return value;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextUint32() % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
