import { encode as encodePng } from 'fast-png';
import { toInputTensor, type RgbImage } from '../vision';
import type { JpegEncoder, RgbaImage } from './thumbnail';

/**
 * Refit copies: what a stored result or teaching image keeps so the model can be fitted again later.
 *
 * The copy is the inspected area (after the region of interest) resized exactly as the network sees it
 * (inputSize × inputSize, aspect ignored, same area filter), so fitting from copies gives the model the
 * same input as fitting from the original files, up to JPEG loss. Colour is kept because the backbone
 * reads RGB. The JPEG quality steps down until the copy fits REFIT_COPY_MAX_BYTES, which keeps a stored
 * result (thumbnail + map + fields + copy) under the 20 KB per result target even for noisy images.
 */
export const REFIT_COPY_MAX_BYTES = 12_000;
const QUALITIES = [80, 65, 50, 35] as const;

/** The image as the network's input, back in 8-bit RGBA for encoding. */
export function networkInputRgba(image: RgbImage, side: number): RgbaImage {
  const tensor = toInputTensor(image, side).data;
  const plane = side * side;
  const rgba = new Uint8Array(plane * 4);
  for (let p = 0; p < plane; p++) {
    rgba[p * 4] = Math.round((tensor[p] ?? 0) * 255);
    rgba[p * 4 + 1] = Math.round((tensor[plane + p] ?? 0) * 255);
    rgba[p * 4 + 2] = Math.round((tensor[2 * plane + p] ?? 0) * 255);
    rgba[p * 4 + 3] = 255;
  }
  return { width: side, height: side, data: rgba };
}

/** A JPEG of the network input within the byte cap, or undefined when even the lowest quality is too big. */
export async function encodeRefitCopy(image: RgbImage, side: number, encode: JpegEncoder): Promise<Uint8Array | undefined> {
  const rgba = networkInputRgba(image, side);
  for (const quality of QUALITIES) {
    const bytes = await encode(rgba, quality);
    if (bytes.byteLength <= REFIT_COPY_MAX_BYTES) return bytes;
  }
  return undefined;
}

/**
 * A teaching copy: the same network input, but lossless (PNG, one channel when the image is grey).
 *
 * Teaching images are few (10-100 per project) and are what "teach again" and every refit fit the
 * model's statistics from, so they must give the model exactly the input the original teaching gave.
 * A JPEG squeezed under the per-result cap smooths fine surface texture; a model fitted on such copies
 * then flagged fresh, sharp good parts (a re-taught project called a good part NG). Results' copies
 * stay JPEG: there are thousands, and each is only one correction among the teaching images.
 */
export function encodeTeachCopy(image: RgbImage, side: number): Uint8Array {
  const rgba = networkInputRgba(image, side).data;
  const plane = side * side;
  let grey = true;
  for (let p = 0; p < plane && grey; p++) grey = rgba[p * 4] === rgba[p * 4 + 1] && rgba[p * 4] === rgba[p * 4 + 2];
  const channels = grey ? 1 : 3;
  const data = new Uint8Array(plane * channels);
  for (let p = 0; p < plane; p++) for (let c = 0; c < channels; c++) data[p * channels + c] = rgba[p * 4 + c] ?? 0;
  return encodePng({ width: side, height: side, data, channels, depth: 8 });
}

/** Share of good parts whose results also keep a copy: the top of the good score range, nearest the threshold. */
export const COPY_GOOD_SHARE = 0.1;

/**
 * The score from which a checked image keeps a refit copy: every NG result, and OK results in the top
 * 10 % of the good images' scores (or from the threshold, if the user set it lower). Those are the calls
 * a reviewer may correct: false alarms are NG, and the misses a refit can learn from score near the
 * threshold. A part scoring like the bulk of the good parts keeps no copy: the model saw nothing unusual,
 * and storing every image would roughly double the stored bytes per result.
 */
export function copyFromScore(threshold: number, goodScores: readonly number[] | undefined): number {
  if (!goodScores || goodScores.length === 0) return threshold;
  const sorted = [...goodScores].sort((a, b) => a - b);
  const at = sorted[Math.min(sorted.length - 1, Math.floor((1 - COPY_GOOD_SHARE) * sorted.length))] ?? threshold;
  return Math.min(threshold, at);
}
