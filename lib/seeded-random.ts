/**
 * A deterministic source of numbers in [0, 1): the same seed always gives the same sequence
 * (mulberry32: small, fast, and small consecutive seeds still give well-spread sequences).
 */
export function seededRandom(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
