// One small seeded PRNG for generated test data and benchmarks: the same seed gives the same pages
// on every machine, so a number in a report can be reproduced.

/** mulberry32: a uniform float in [0, 1) per call. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over a PRNG: an integer in [lo, hi], a pick, a chance. */
export class Dice {
  constructor(readonly next: () => number) {}

  static seeded(seed: number): Dice {
    return new Dice(mulberry32(seed));
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}
