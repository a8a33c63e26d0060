/**
 * mulberry32: a tiny seeded PRNG for hand-rolled random tests, so a failure reproduces from its seed.
 *
 * @example
 * const next = prng(42); next() //=> a number in [0, 1), the same for seed 42 every run
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
