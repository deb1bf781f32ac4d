/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence
 * on every machine, so a search driven by it is reproducible. Never Math.random.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n); 0 when n ≤ 0. */
  below(n: number): number;
}

/**
 * Creates a mulberry32 generator from a 32-bit seed.
 *
 * @example createPrng(42).below(10) // the same number on every run
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (n) => (n <= 0 ? 0 : Math.floor(next() * n)) };
}
