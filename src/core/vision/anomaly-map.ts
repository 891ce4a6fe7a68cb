/** Small helpers on single-channel maps stored row-major in Float32Arrays. */

/** 3×3 Gaussian (σ≈0.85) with edge clamping: removes single-cell noise without moving peaks. */
export function smooth3(map: Float32Array, height: number, width: number): Float32Array {
  const k = [0.25, 0.5, 0.25];
  const tmp = new Float32Array(map.length);
  const out = new Float32Array(map.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let d = -1; d <= 1; d++) s += (k[d + 1] ?? 0) * (map[y * width + Math.min(Math.max(x + d, 0), width - 1)] ?? 0);
      tmp[y * width + x] = s;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let d = -1; d <= 1; d++) s += (k[d + 1] ?? 0) * (tmp[Math.min(Math.max(y + d, 0), height - 1) * width + x] ?? 0);
      out[y * width + x] = s;
    }
  }
  return out;
}

/**
 * Image anomaly score: mean of the k strongest cells minus the map's median. A defect stands out
 * from the rest of its own part; a part whose whole surface sits a little off the good parts (another
 * exposure, a stretched or shifted crop, a slightly different batch) raises every cell and should not
 * be flagged for that alone. The map itself is left absolute, so heat maps stay comparable.
 */
export function imageScore(map: Float32Array, k: number): number {
  // mean of the k largest cells: one hot cell is not enough, a defect spans a few cells
  const sorted = Float32Array.from(map).sort();
  const n = Math.min(k, sorted.length);
  let s = 0;
  for (let i = sorted.length - n; i < sorted.length; i++) s += sorted[i] ?? 0;
  return s / n - (sorted[sorted.length >> 1] ?? 0);
}

/** Bilinear resize (align_corners=false) of a map to another grid, e.g. to the image or mask size. */
export function resizeMap(map: Float32Array, height: number, width: number, outHeight: number, outWidth: number): Float32Array {
  const out = new Float32Array(outHeight * outWidth);
  const sy = height / outHeight;
  const sx = width / outWidth;
  for (let y = 0; y < outHeight; y++) {
    const fy = Math.min(Math.max((y + 0.5) * sy - 0.5, 0), height - 1);
    const y0 = Math.floor(fy);
    const y1 = Math.min(y0 + 1, height - 1);
    const wy = fy - y0;
    for (let x = 0; x < outWidth; x++) {
      const fx = Math.min(Math.max((x + 0.5) * sx - 0.5, 0), width - 1);
      const x0 = Math.floor(fx);
      const x1 = Math.min(x0 + 1, width - 1);
      const wx = fx - x0;
      const a = (map[y0 * width + x0] ?? 0) * (1 - wx) + (map[y0 * width + x1] ?? 0) * wx;
      const b = (map[y1 * width + x0] ?? 0) * (1 - wx) + (map[y1 * width + x1] ?? 0) * wx;
      out[y * outWidth + x] = a * (1 - wy) + b * wy;
    }
  }
  return out;
}

export function argMax(map: Float32Array): number {
  let best = 0;
  for (let i = 1; i < map.length; i++) if ((map[i] ?? -Infinity) > (map[best] ?? -Infinity)) best = i;
  return best;
}
