import { sampleIndices, seededRandom } from './random';

/** Which combinations a capped batch runs, and how well they cover pairs of choices. */
export interface Sample {
  /** Combination numbers, ascending. */
  indices: number[];
  /** Pairs of choices on two different dimensions, and how many of them some chosen run holds. */
  pairs: { covered: number; total: number };
}

/** The digits of a combination number, first dimension fastest (as variants.ts builds them). */
export function digitsOf(index: number, sizes: readonly number[]): number[] {
  let rest = index;
  return sizes.map((n) => {
    const d = rest % n;
    rest = Math.floor(rest / n);
    return d;
  });
}

const pairKey = (i: number, a: number, j: number, b: number) => `${i}:${a}|${j}:${b}`;

function pairsOf(digits: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++)
    for (let j = i + 1; j < digits.length; j++) out.push(pairKey(i, digits[i]!, j, digits[j]!));
  return out;
}

/**
 * Up to `cap` of the combinations of dimensions of `sizes`: every one when they fit; otherwise each
 * choice of each dimension once, then pairwise — greedily, the candidate that covers the most pairs of choices not yet covered
 * (so every choice of every dimension is tried, and each with every choice of each other one, as
 * far as the cap allows) — then seeded random ones up to the cap. The same seed picks the same runs.
 * Taking the first N instead would never vary the last-chosen dimensions.
 */
export function sampleCombinations(sizes: readonly number[], cap: number, seed: number): Sample {
  const total = sizes.reduce((n, s) => n * s, 1);
  const allPairs = new Set<string>();
  for (let i = 0; i < sizes.length; i++)
    for (let j = i + 1; j < sizes.length; j++)
      for (let a = 0; a < sizes[i]!; a++)
        for (let b = 0; b < sizes[j]!; b++) allPairs.add(pairKey(i, a, j, b));
  const limit = Math.max(0, Math.min(total, Math.floor(cap)));
  if (limit >= total)
    return {
      indices: Array.from({ length: total }, (_, i) => i),
      pairs: { covered: allPairs.size, total: allPairs.size },
    };

  const random = seededRandom(seed);
  const chosen = new Set<number>();
  const uncovered = new Set(allPairs);
  const indexOf = (digits: readonly number[]) => digits.reduceRight((acc, d, i) => acc * sizes[i]! + d, 0);
  const take = (index: number) => {
    chosen.add(index);
    for (const p of pairsOf(digitsOf(index, sizes))) uncovered.delete(p);
  };
  // First every choice of every dimension at least once (max(sizes) runs at most): run k makes the
  // k-th choice of each dimension that has one, a random one elsewhere.
  const widest = Math.max(0, ...sizes);
  for (let k = 0; k < widest && chosen.size < limit; k++) {
    const index = indexOf(sizes.map((n) => (k < n ? k : Math.floor(random() * n))));
    if (!chosen.has(index)) take(index);
  }
  // A fixed number of random candidates per pick keeps a batch over millions of combinations quick.
  const CANDIDATES = 64;
  while (chosen.size < limit && uncovered.size > 0) {
    let best = -1;
    let bestGain = 0;
    for (let c = 0; c < CANDIDATES; c++) {
      const candidate = Math.floor(random() * total);
      if (chosen.has(candidate)) continue;
      const gain = pairsOf(digitsOf(candidate, sizes)).filter((p) => uncovered.has(p)).length;
      if (gain > bestGain) {
        best = candidate;
        bestGain = gain;
      }
    }
    // No random candidate helps: build one around an uncovered pair, the rest of its digits random.
    if (best < 0) {
      const [first] = uncovered;
      const [left, right] = first!.split('|').map((part) => part.split(':').map(Number)) as [
        number[],
        number[],
      ];
      const digits = sizes.map((n) => Math.floor(random() * n));
      digits[left[0]!] = left[1]!;
      digits[right[0]!] = right[1]!;
      best = indexOf(digits);
      if (chosen.has(best)) {
        uncovered.delete(first!);
        continue;
      }
    }
    take(best);
  }
  if (chosen.size < limit) {
    const rest = sampleIndices(total - chosen.size, limit - chosen.size, random);
    // Map the k-th pick onto the k-th combination not chosen yet.
    const taken = [...chosen].sort((a, b) => a - b);
    for (const r of rest) {
      let index = r;
      for (const t of taken) if (t <= index) index++;
      chosen.add(index);
    }
  }
  return {
    indices: [...chosen].sort((a, b) => a - b),
    pairs: { covered: allPairs.size - uncovered.size, total: allPairs.size },
  };
}
