import type { RgbImage } from './image';

/** Deterministic generator (mulberry32), so a fit's self-check is reproducible. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SyntheticKind = 'patch' | 'scratch' | 'spot';

/**
 * A good photo with one synthetic defect, for the fitter's self-check (which model variant tells
 * defects from good parts on *this* surface): a patch of another good photo, turned and brightened or
 * darkened (foreign material, a chip), a thin dark random-walk scratch (a crack), or a soft dark or
 * bright spot (a stain, a blowhole). Never used to teach the model itself, only to compare variants.
 */
export function pasteSyntheticDefect(image: RgbImage, donor: RgbImage, kind: SyntheticKind, rand: () => number): RgbImage {
  const { width: w, height: h } = image;
  const data = Uint8Array.from(image.data);
  const side = Math.min(w, h);
  const cx = Math.floor(w * (0.2 + 0.6 * rand()));
  const cy = Math.floor(h * (0.2 + 0.6 * rand()));
  const put = (x: number, y: number, f: (v: number, c: number) => number): void => {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    const o = (y * w + x) * 3;
    for (let c = 0; c < 3; c++) data[o + c] = Math.max(0, Math.min(255, Math.round(f(data[o + c] ?? 0, c))));
  };
  if (kind === 'patch') {
    const ps = Math.max(4, Math.floor(side * (0.08 + 0.1 * rand())));
    const gain = rand() < 0.5 ? 0.75 + 0.1 * rand() : 1.15 + 0.15 * rand();
    const dx = Math.floor(rand() * Math.max(1, donor.width - ps));
    const dy = Math.floor(rand() * Math.max(1, donor.height - ps));
    for (let y = 0; y < ps; y++) {
      for (let x = 0; x < ps; x++) {
        // transposed: the donor's texture turned a quarter
        const sx = Math.min(donor.width - 1, dx + y);
        const sy = Math.min(donor.height - 1, dy + x);
        const o = (sy * donor.width + sx) * 3;
        put(cx - (ps >> 1) + x, cy - (ps >> 1) + y, (_v, c) => (donor.data[o + c] ?? 0) * gain);
      }
    }
  } else if (kind === 'scratch') {
    const steps = Math.floor(side * (0.15 + 0.2 * rand()));
    const thick = Math.max(1, Math.round(side / 200));
    let x = cx;
    let y = cy;
    let angle = rand() * 2 * Math.PI;
    const dark = 0.6 + 0.2 * rand();
    for (let i = 0; i < steps; i++) {
      angle += (rand() - 0.5) * 0.5;
      x += Math.cos(angle);
      y += Math.sin(angle);
      for (let t = -thick; t <= thick; t++) put(Math.round(x + t * Math.sin(angle)), Math.round(y - t * Math.cos(angle)), (v) => v * dark);
    }
  } else {
    const r = Math.max(3, side * (0.03 + 0.05 * rand()));
    const gain = rand() < 0.6 ? 0.7 : 1.35;
    for (let y = Math.floor(cy - 2 * r); y <= cy + 2 * r; y++) {
      for (let x = Math.floor(cx - 2 * r); x <= cx + 2 * r; x++) {
        const k = Math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * (r * 0.7) ** 2));
        put(x, y, (v) => v * (1 + (gain - 1) * k));
      }
    }
  }
  return { width: w, height: h, data };
}

const KINDS: readonly SyntheticKind[] = ['patch', 'scratch', 'spot'];

/** `count` synthetic defects on the given good photos (cycling through them and the three kinds), seeded. */
export function syntheticDefects(goods: readonly RgbImage[], count: number, seed: number): RgbImage[] {
  if (goods.length === 0) return [];
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const image = goods[i % goods.length] as RgbImage;
    const donor = goods[(i + 1 + Math.floor(rand() * goods.length)) % goods.length] as RgbImage;
    return pasteSyntheticDefect(image, donor, KINDS[i % KINDS.length] as SyntheticKind, rand);
  });
}
