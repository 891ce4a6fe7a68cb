import type { RgbImage } from '../vision';

/** A rectangle in fractions of the image (0..1), so one region fits every image size of a line. */
export interface Roi {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export function normaliseRoi(roi: Roi): Roi | undefined {
  const x = Math.min(Math.max(roi.x, 0), 1);
  const y = Math.min(Math.max(roi.y, 0), 1);
  const w = Math.min(Math.max(roi.w, 0), 1 - x);
  const h = Math.min(Math.max(roi.h, 0), 1 - y);
  // a sliver would hold nothing to inspect; treat it as "no region"
  if (w < 0.02 || h < 0.02) return undefined;
  return { x, y, w, h };
}

/** The part of the image inside the region; the whole image when there is none. */
export function cropToRoi(image: RgbImage, roi: Roi | undefined): RgbImage {
  const r = roi ? normaliseRoi(roi) : undefined;
  if (!r) return image;
  const x0 = Math.floor(r.x * image.width);
  const y0 = Math.floor(r.y * image.height);
  const w = Math.max(1, Math.min(image.width - x0, Math.round(r.w * image.width)));
  const h = Math.max(1, Math.min(image.height - y0, Math.round(r.h * image.height)));
  const data = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    const from = ((y0 + y) * image.width + x0) * 3;
    data.set(image.data.subarray(from, from + w * 3), y * w * 3);
  }
  return { width: w, height: h, data };
}

/**
 * Cells of a grid laid over the checked area (the region of interest, or the whole photo) whose centre
 * lies in `box` (fractions of the whole photo, like a Roi): where the user marked a defect. All zero when
 * the box lies outside the checked area.
 */
export function boxToCells(box: Roi, roi: Roi | undefined, height: number, width: number): Uint8Array {
  const area = (roi ? normaliseRoi(roi) : undefined) ?? { x: 0, y: 0, w: 1, h: 1 };
  const out = new Uint8Array(height * width);
  for (let gy = 0; gy < height; gy++) {
    const y = area.y + ((gy + 0.5) / height) * area.h;
    if (y < box.y || y > box.y + box.h) continue;
    for (let gx = 0; gx < width; gx++) {
      const x = area.x + ((gx + 0.5) / width) * area.w;
      if (x >= box.x && x <= box.x + box.w) out[gy * width + gx] = 1;
    }
  }
  return out;
}
