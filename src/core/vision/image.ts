/** A decoded image, always 8-bit RGB interleaved (grey and 16-bit sources are converted on decode). */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export type ImageFormat = 'jpeg' | 'png' | 'bmp' | 'tiff';

/** Limits applied before any pixel is decoded, so a hostile or huge file cannot exhaust memory. */
export interface DecodeLimits {
  /** Largest accepted width × height. Larger images are rejected with 'image-too-large'. */
  readonly maxPixels: number;
  /** Smallest accepted side in pixels. */
  readonly minSide: number;
}

// 40 MP covers common industrial cameras (up to ~6500×6000); a 50 MP frame is refused rather
// than risking ~200 MB RGBA buffers inside pure-JS decoders.
export const DEFAULT_DECODE_LIMITS: DecodeLimits = { maxPixels: 40_000_000, minSide: 16 };
