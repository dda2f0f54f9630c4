// A seeded shuffle: the same seed always gives the same order (a reload shows the same card or quiz), different seeds
// give independent orders. Pure, so the server decides every order and tests can pin it.

/** FNV-1a over the seed string: a 32-bit starting state for the generator. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-distributed 32-bit generator; enough for ordering options, never for secrets. */
function generator(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n-1 (Fisher–Yates) decided by the seed: `order[i]` is the original index shown at position i. */
export function seededPermutation(n: number, seed: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const next = generator(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The items in the order the seed decides (a new array; the input is untouched). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return seededPermutation(items.length, seed).map((i) => items[i]);
}
