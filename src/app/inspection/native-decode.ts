/// <reference lib="webworker" />
import { decodeImage, readImageHeader, DEFAULT_DECODE_LIMITS, type DecodeLimits, type RgbImage } from '../../core/vision';

/**
 * Decoding in the inspection worker with the browser's own decoders (createImageBitmap decodes off the
 * worker's thread, several times faster than the pure-JS decoders). The pure decoders stay in charge of
 * everything risky: the header is read and checked against the limits first (a 50-MP file is refused before
 * any pixel is allocated), and any file the browser path is not sure to read exactly like them (TIFF, BMP,
 * PNG with alpha, a JPEG or PNG without its end marker) or that the browser fails on goes to the pure
 * decoder, so error codes and messages stay the same everywhere.
 */

function hasJpegEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 4096); i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

// IEND is the last chunk: length (4) + "IEND" + CRC (4)
function hasPngEnd(bytes: Uint8Array): boolean {
  const n = bytes.length;
  return n >= 12 && bytes[n - 8] === 0x49 && bytes[n - 7] === 0x45 && bytes[n - 6] === 0x4e && bytes[n - 5] === 0x44;
}

/** PNG colour types 4 and 6 carry alpha: the canvas would premultiply it, the pure decoder ignores it. */
function pngHasAlpha(bytes: Uint8Array): boolean {
  const colourType = bytes[25] ?? 0;
  return colourType === 4 || colourType === 6;
}

export function nativeDecodable(bytes: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): boolean {
  let header;
  try {
    header = readImageHeader(bytes);
  } catch {
    return false;
  }
  const { format, width, height } = header;
  if (!(width > 0 && height > 0) || Math.min(width, height) < limits.minSide || width * height > limits.maxPixels) return false;
  if (format === 'jpeg') return hasJpegEnd(bytes);
  if (format === 'png') return hasPngEnd(bytes) && !pngHasAlpha(bytes);
  return false;
}

let canvas: OffscreenCanvas | undefined;
let context: OffscreenCanvasRenderingContext2D | undefined;

function pixelsOf(bitmap: ImageBitmap): RgbImage {
  const { width, height } = bitmap;
  if (!canvas || !context || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true, alpha: false }) ?? undefined;
    if (!context) throw new Error('no 2d context for decoding');
  }
  context.drawImage(bitmap, 0, 0);
  const rgba = context.getImageData(0, 0, width, height).data;
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; j < rgba.length; i += 3, j += 4) {
    rgb[i] = rgba[j] as number;
    rgb[i + 1] = rgba[j + 1] as number;
    rgb[i + 2] = rgba[j + 2] as number;
  }
  return { width, height, data: rgb };
}

/** Same contract as the pure `decodeImage` (RGB, same limits, same coded errors), faster where it can be. */
export async function decodeImageNative(bytes: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): Promise<RgbImage> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function' || !nativeDecodable(bytes, limits))
    return decodeImage(bytes, limits);
  const header = readImageHeader(bytes);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      imageOrientation: 'none',
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
  } catch {
    return decodeImage(bytes, limits);
  }
  try {
    if (bitmap.width !== header.width || bitmap.height !== header.height) return decodeImage(bytes, limits);
    return pixelsOf(bitmap);
  } finally {
    bitmap.close();
  }
}
