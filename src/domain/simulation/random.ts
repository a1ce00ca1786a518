/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always picks the same what-if
 * variants, so a batch can be reproduced and shared. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct whole numbers below `total`, picked with `random`, in ascending order. */
export function sampleIndices(total: number, count: number, random: () => number): number[] {
  if (count >= total) return Array.from({ length: total }, (_, i) => i);
  // Floyd's algorithm: exactly `count` draws, no retries, whatever the ratio of count to total.
  const chosen = new Set<number>();
  for (let j = total - count; j < total; j++) {
    const t = Math.floor(random() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].sort((a, b) => a - b);
}
