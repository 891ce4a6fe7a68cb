import { encode } from 'fast-png';

/**
 * Generated "parts" for tests and benchmarks: a machined-looking periodic texture with sensor noise,
 * and defective variants (a dark pit or a bright scratch). Deterministic per seed.
 */
/** @param {number} seed */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** @param {number} seed @param {'none' | 'pit' | 'scratch'} defect @param {number} size */
export function syntheticPartRgb(seed, defect = 'none', size = 256) {
  const rand = rng(seed);
  const phase = rand() * 0.3;
  const data = new Uint8Array(size * size * 3);
  const cx = size * (0.3 + 0.4 * rand());
  const cy = size * (0.3 + 0.4 * rand());
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let v = 128 + 35 * Math.sin(x / 6 + phase) * Math.cos(y / 9 - phase) + (rand() - 0.5) * 16;
      if (defect === 'pit' && (x - cx) ** 2 + (y - cy) ** 2 < 14 ** 2) v = 30 + rand() * 10;
      if (defect === 'scratch' && Math.abs(y - cy - 0.5 * (x - cx)) < 2.5 && Math.abs(x - cx) < 50) v = 245;
      const o = (y * size + x) * 3;
      data[o] = v;
      data[o + 1] = v * 0.95;
      data[o + 2] = v * 0.9;
    }
  }
  return data;
}

/** @param {number} seed @param {'none' | 'pit' | 'scratch'} defect @param {number} size */
export function syntheticPartPng(seed, defect = 'none', size = 256) {
  return encode({ width: size, height: size, data: syntheticPartRgb(seed, defect, size), channels: 3, depth: 8 });
}
