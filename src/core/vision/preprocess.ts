import type { RgbImage } from './image';

/** Network input: float32 [1,3,size,size], RGB in [0,1], channel-first (see models/manifest.json). */
export interface InputTensor {
  readonly size: number;
  readonly data: Float32Array;
}

interface AxisTaps {
  readonly start: Int32Array;
  readonly count: Int32Array;
  readonly weights: Float32Array;
  readonly maxTaps: number;
}

// Area averaging when shrinking (like OpenCV INTER_AREA, which the training harness used),
// bilinear with pixel-centre alignment when enlarging.
function axisTaps(src: number, dst: number): AxisTaps {
  const scale = src / dst;
  const maxTaps = scale > 1 ? Math.ceil(scale) + 1 : 2;
  const start = new Int32Array(dst);
  const count = new Int32Array(dst);
  const weights = new Float32Array(dst * maxTaps);
  for (let o = 0; o < dst; o++) {
    if (scale > 1) {
      const a = o * scale;
      const b = a + scale;
      const i0 = Math.floor(a);
      const i1 = Math.min(src, Math.ceil(b));
      start[o] = i0;
      count[o] = i1 - i0;
      for (let i = i0; i < i1; i++) weights[o * maxTaps + (i - i0)] = (Math.min(b, i + 1) - Math.max(a, i)) / scale;
    } else {
      const c = Math.min(Math.max((o + 0.5) * scale - 0.5, 0), src - 1);
      const i0 = Math.floor(c);
      const f = c - i0;
      start[o] = i0;
      // a zero-weight second tap (same size, or an exact pixel centre) would only cost time
      count[o] = i0 + 1 < src && f > 0 ? 2 : 1;
      weights[o * maxTaps] = count[o] === 2 ? 1 - f : 1;
      weights[o * maxTaps + 1] = f;
    }
  }
  return { start, count, weights, maxTaps };
}

/** Resizes (ignoring aspect ratio, as in training) to size×size and converts to the model's input layout. */
export function toInputTensor(img: RgbImage, size: number): InputTensor {
  if (img.width === size && img.height === size) return sameSize(img, size);
  const tx = axisTaps(img.width, size);
  const ty = axisTaps(img.height, size);
  // hot loops (run for every checked image): plain indexed reads on locals; every index is in range by
  // construction of the taps, hence the casts instead of `?? 0`
  const src = img.data;
  const xStart = tx.start;
  const xCount = tx.count;
  const xWeights = tx.weights;
  const xMax = tx.maxTaps;
  // horizontal pass into a float buffer of height × size × 3 (bounded by the decode pixel limit)
  const mid = new Float32Array(img.height * size * 3);
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width * 3;
    for (let o = 0; o < size; o++) {
      let r = 0;
      let g = 0;
      let b = 0;
      const s = xStart[o] as number;
      const n = xCount[o] as number;
      for (let k = 0; k < n; k++) {
        const w = xWeights[o * xMax + k] as number;
        const p = row + (s + k) * 3;
        r += w * (src[p] as number);
        g += w * (src[p + 1] as number);
        b += w * (src[p + 2] as number);
      }
      const m = (y * size + o) * 3;
      mid[m] = r;
      mid[m + 1] = g;
      mid[m + 2] = b;
    }
  }
  const plane = size * size;
  const out = new Float32Array(3 * plane);
  const yWeights = ty.weights;
  const yMax = ty.maxTaps;
  for (let o = 0; o < size; o++) {
    const s = ty.start[o] as number;
    const n = ty.count[o] as number;
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = 0; k < n; k++) {
        const w = yWeights[o * yMax + k] as number;
        const m = ((s + k) * size + x) * 3;
        r += w * (mid[m] as number);
        g += w * (mid[m + 1] as number);
        b += w * (mid[m + 2] as number);
      }
      const p = o * size + x;
      out[p] = r / 255;
      out[plane + p] = g / 255;
      out[2 * plane + p] = b / 255;
    }
  }
  return { size, data: out };
}

/**
 * An image already at the model's size: only the layout changes. Same values as the resizing path (its taps
 * are then single weights of exactly 1), without its two passes through a float buffer.
 */
function sameSize(img: RgbImage, size: number): InputTensor {
  const plane = size * size;
  const out = new Float32Array(3 * plane);
  const src = img.data;
  for (let p = 0, i = 0; p < plane; p++, i += 3) {
    out[p] = (src[i] as number) / 255;
    out[plane + p] = (src[i + 1] as number) / 255;
    out[2 * plane + p] = (src[i + 2] as number) / 255;
  }
  return { size, data: out };
}
