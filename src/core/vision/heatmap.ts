import { resizeMap } from './anomaly-map';

/**
 * RGBA heat map at the image size for overlay in the UI: transparent below `low`, ramping
 * blue→yellow→red up to `high` (typically the model threshold and a few z above it).
 */
export function heatmapRgba(
  map: Float32Array,
  gridH: number,
  gridW: number,
  outH: number,
  outW: number,
  low: number,
  high: number,
): Uint8ClampedArray {
  const up = resizeMap(map, gridH, gridW, outH, outW);
  const out = new Uint8ClampedArray(outH * outW * 4);
  const span = Math.max(high - low, 1e-6);
  for (let i = 0; i < up.length; i++) {
    const t = Math.min(Math.max(((up[i] ?? 0) - low) / span, 0), 1);
    out[i * 4] = 255 * Math.min(1, 2 * t);
    out[i * 4 + 1] = 255 * (t < 0.5 ? 2 * t : 2 - 2 * t);
    out[i * 4 + 2] = 255 * Math.max(0, 1 - 2 * t);
    out[i * 4 + 3] = t > 0 ? 80 + 150 * t : 0;
  }
  return out;
}
