import { encode as encodeJpeg } from 'jpeg-js';
import type { RgbImage } from '../vision';

export const THUMBNAIL_SIDE = 160;

/** Box-filtered downscale so the longer side is at most `side` (area averaging avoids aliasing). */
export function downscale(image: RgbImage, side: number): RgbImage {
  const scale = Math.min(1, side / Math.max(image.width, image.height));
  const w = Math.max(1, Math.round(image.width * scale));
  const h = Math.max(1, Math.round(image.height * scale));
  const out = new Uint8Array(w * h * 3);
  // every checked image passes here: indices are in range by construction, hence casts instead of `?? 0`
  const src = image.data;
  for (let y = 0; y < h; y++) {
    const sy0 = Math.floor((y * image.height) / h);
    const sy1 = Math.max(sy0 + 1, Math.floor(((y + 1) * image.height) / h));
    for (let x = 0; x < w; x++) {
      const sx0 = Math.floor((x * image.width) / w);
      const sx1 = Math.max(sx0 + 1, Math.floor(((x + 1) * image.width) / w));
      let r = 0;
      let g = 0;
      let b = 0;
      // sample at most 4×4 source pixels per output pixel: enough for a thumbnail, bounded on huge images
      const stepY = Math.max(1, Math.floor((sy1 - sy0) / 4));
      const stepX = Math.max(1, Math.floor((sx1 - sx0) / 4));
      let n = 0;
      for (let sy = sy0; sy < sy1; sy += stepY) {
        for (let sx = sx0; sx < sx1; sx += stepX) {
          const o = (sy * image.width + sx) * 3;
          r += src[o] as number;
          g += src[o + 1] as number;
          b += src[o + 2] as number;
          n++;
        }
      }
      const o = (y * w + x) * 3;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
    }
  }
  return { width: w, height: h, data: out };
}

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Encodes RGBA pixels as JPEG: jpeg-js in Node, the browser's native encoder in the worker. */
export type JpegEncoder = (image: RgbaImage, quality: number) => Promise<Uint8Array>;

export const encodeJpegJs: JpegEncoder = (image, quality) => {
  const encoded = encodeJpeg({ width: image.width, height: image.height, data: image.data }, quality);
  return Promise.resolve(new Uint8Array(encoded.data.buffer, encoded.data.byteOffset, encoded.data.byteLength));
};

/** The image shrunk for the history list, as RGBA. */
export function thumbnailRgba(image: RgbImage, side = THUMBNAIL_SIDE): RgbaImage {
  const small = downscale(image, side);
  const rgba = new Uint8Array(small.width * small.height * 4);
  for (let i = 0, j = 0; i < small.data.length; i += 3, j += 4) {
    rgba[j] = small.data[i] as number;
    rgba[j + 1] = small.data[i + 1] as number;
    rgba[j + 2] = small.data[i + 2] as number;
    rgba[j + 3] = 255;
  }
  return { width: small.width, height: small.height, data: rgba };
}
