/** Seeded PRNG (mulberry32): every run with the same seed mutates the same files the same way. */
export type Random = () => number;

export function seeded(seed: number): Random {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function int(rnd: Random, below: number): number {
  return Math.floor(rnd() * below);
}

export function pick<T>(rnd: Random, items: readonly T[]): T {
  const item = items[int(rnd, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
