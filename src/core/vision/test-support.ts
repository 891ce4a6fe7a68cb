import { encode as encodeJpeg } from 'jpeg-js';
import { encode as encodePng } from 'fast-png';
import type { RgbImage } from './image';
import { seededRandom as rng } from './synthetic';

/** Deterministic PRNG for generated test images (mulberry32). */
export { rng };

/**
 * A clean machined-metal-like surface: fine vertical streaks, mild grain and a slow brightness
 * gradient, different per seed (like different good parts of one product). `width` (default `size`)
 * makes a wider or narrower photo of the same surface: the streaks keep their pixel spacing.
 * `periodFrom` makes the streaks from that column on `finerBy` times as fine (a surface finished differently).
 */
export function cleanTexture(size: number, seed: number, width = size, periodFrom = Infinity, finerBy = 2): RgbImage {
  const r = rng(seed);
  const streak = Array.from({ length: width }, () => (r() - 0.5) * 18);
  const phase = r() * Math.PI * 2;
  const data = new Uint8Array(size * width * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < width; x++) {
      const period = x >= periodFrom ? 7 / finerBy : 7;
      const v = 120 + (streak[x] ?? 0) + 8 * Math.sin(x / period + phase) + (r() - 0.5) * 10 + (y / size) * 20;
      const g = Math.max(0, Math.min(255, Math.round(v)));
      data.set([g, g, g], (y * width + x) * 3);
    }
  }
  return { width, height: size, data };
}

/** Paints a dark pit (filled ellipse with soft rim) centred at (cx, cy). */
export function withDarkSpot(img: RgbImage, cx: number, cy: number, radius: number): RgbImage {
  const data = img.data.slice();
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const d = Math.hypot(x - cx, (y - cy) * 1.3) / radius;
      if (d >= 1.2) continue;
      const a = d < 1 ? 1 : (1.2 - d) / 0.2;
      for (let c = 0; c < 3; c++) {
        const o = (y * img.width + x) * 3 + c;
        data[o] = Math.round((data[o] ?? 0) * (1 - 0.75 * a));
      }
    }
  }
  return { ...img, data };
}

export function toPng(img: RgbImage): Uint8Array {
  return encodePng({ width: img.width, height: img.height, data: img.data, channels: 3, depth: 8 });
}

export function toJpeg(img: RgbImage, quality = 92): Uint8Array {
  const rgba = new Uint8Array(img.width * img.height * 4);
  for (let i = 0; i < img.width * img.height; i++)
    rgba.set([img.data[i * 3] ?? 0, img.data[i * 3 + 1] ?? 0, img.data[i * 3 + 2] ?? 0, 255], i * 4);
  return new Uint8Array(encodeJpeg({ width: img.width, height: img.height, data: rgba }, quality).data);
}

/** Uncompressed 24-bit bottom-up BMP, as most tools write it. */
export function toBmp(img: RgbImage): Uint8Array {
  const stride = Math.ceil((img.width * 3) / 4) * 4;
  const size = 54 + stride * img.height;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  out.set([0x42, 0x4d]);
  v.setUint32(2, size, true);
  v.setUint32(10, 54, true);
  v.setUint32(14, 40, true);
  v.setInt32(18, img.width, true);
  v.setInt32(22, img.height, true);
  v.setUint16(26, 1, true);
  v.setUint16(28, 24, true);
  for (let y = 0; y < img.height; y++) {
    const row = 54 + (img.height - 1 - y) * stride;
    for (let x = 0; x < img.width; x++) {
      const s = (y * img.width + x) * 3;
      out.set([img.data[s + 2] ?? 0, img.data[s + 1] ?? 0, img.data[s] ?? 0], row + x * 3);
    }
  }
  return out;
}
