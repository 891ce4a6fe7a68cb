import { decode as decodeJpeg } from 'jpeg-js';
import { convertIndexedToRgb, decode as decodePngData } from 'fast-png';
import * as UTIF from 'utif2';
import { decodeBmp } from './bmp';
import { VisionError } from './errors';
import { readImageHeader } from './image-header';
import { checkedPng } from './png-structure';
import { firstDirectoryOnly, readTiffStructure } from './tiff-structure';
import type { DecodeLimits, ImageFormat, RgbImage } from './image';
import { DEFAULT_DECODE_LIMITS } from './image';

function checkSize(format: ImageFormat, width: number, height: number, limits: DecodeLimits): void {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) {
    throw new VisionError('corrupt-image', `The ${format} header gives no valid image size.`, { format });
  }
  if (Math.min(width, height) < limits.minSide) {
    throw new VisionError('image-too-small', `The image is ${width}×${height}; at least ${limits.minSide} px a side is needed.`, {
      width,
      height,
      minSide: limits.minSide,
    });
  }
  if (width * height > limits.maxPixels) {
    throw new VisionError(
      'image-too-large',
      `The image is ${width}×${height} (${((width * height) / 1e6).toFixed(1)} MP); the limit is ${(limits.maxPixels / 1e6).toFixed(0)} MP.`,
      {
        width,
        height,
        maxMegapixels: Math.round(limits.maxPixels / 1e6),
      },
    );
  }
}

function fromChannels(width: number, height: number, src: ArrayLike<number>, channels: number, shift: number): RgbImage {
  const out = new Uint8Array(width * height * 3);
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const s = i * channels;
    if (channels >= 3) {
      out[i * 3] = (src[s] ?? 0) >> shift;
      out[i * 3 + 1] = (src[s + 1] ?? 0) >> shift;
      out[i * 3 + 2] = (src[s + 2] ?? 0) >> shift;
    } else {
      const g = (src[s] ?? 0) >> shift;
      out[i * 3] = g;
      out[i * 3 + 1] = g;
      out[i * 3 + 2] = g;
    }
  }
  return { width, height, data: out };
}

function hasJpegEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 4096); i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

function jpeg(bytes: Uint8Array, limits: DecodeLimits): RgbImage {
  // A JPEG cut short decodes to a grey-filled lower part; scoring that would be a silent wrong result.
  if (!hasJpegEnd(bytes)) throw new VisionError('truncated-image', 'The JPEG file is incomplete (no end marker).', { format: 'jpeg' });
  const img = decodeJpeg(bytes, {
    useTArray: true,
    formatAsRGBA: false,
    tolerantDecoding: false,
    maxResolutionInMP: Math.ceil(limits.maxPixels / 1e6),
    maxMemoryUsageInMB: 1024,
  });
  return { width: img.width, height: img.height, data: img.data };
}

function png(bytes: Uint8Array): RgbImage {
  const img = decodePngData(checkedPng(bytes));
  if (img.palette) {
    const rgb = convertIndexedToRgb(img);
    return fromChannels(img.width, img.height, rgb, rgb.length / (img.width * img.height), 0);
  }
  const shift = img.depth === 16 ? 8 : 0;
  let data: ArrayLike<number> = img.data;
  if (img.depth < 8) {
    // 1/2/4-bit grey: expand packed samples row by row
    const per = 8 / img.depth;
    const rowBytes = Math.ceil((img.width * img.channels) / per);
    const max = (1 << img.depth) - 1;
    const exp = new Uint8Array(img.width * img.height * img.channels);
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width * img.channels; x++) {
        const byte = img.data[y * rowBytes + Math.floor(x / per)] ?? 0;
        const bit = (per - 1 - (x % per)) * img.depth;
        exp[y * img.width * img.channels + x] = Math.round((((byte >> bit) & max) * 255) / max);
      }
    }
    data = exp;
  }
  return fromChannels(img.width, img.height, data, img.channels, shift);
}

/** 40 MP of 16-bit RGBA: no image within the pixel limit needs a larger raw buffer. */
const MAX_RAW_TIFF_BYTES = 40_000_000 * 8;

function tiff(bytes: Uint8Array): RgbImage {
  const layout = readTiffStructure(bytes);
  const { bitsPerSample, samplesPerPixel } = layout;
  if (![1, 2, 4, 8, 16].includes(bitsPerSample) || samplesPerPixel < 1 || samplesPerPixel > 8) {
    throw new VisionError('unsupported-format', `TIFF with ${samplesPerPixel} samples of ${bitsPerSample} bits is not supported.`, {
      format: 'tiff',
    });
  }
  if (Math.ceil((layout.width * bitsPerSample * samplesPerPixel) / 8) * layout.height > MAX_RAW_TIFF_BYTES) {
    throw new VisionError('image-too-large', 'The TIFF pixel data is larger than the limit.', {
      width: layout.width,
      height: layout.height,
      maxMegapixels: MAX_RAW_TIFF_BYTES / 8e6,
    });
  }
  const buf = firstDirectoryOnly(bytes);
  const ifds = UTIF.decode(buf);
  const first = ifds[0];
  if (!first) throw new VisionError('corrupt-image', 'The TIFF file holds no image.', { format: 'tiff' });
  UTIF.decodeImage(buf, first);
  const rgba = UTIF.toRGBA8(first);
  if (first.width <= 0 || first.height <= 0 || rgba.length < first.width * first.height * 4) {
    throw new VisionError('corrupt-image', 'The TIFF pixel data could not be read.', { format: 'tiff' });
  }
  return fromChannels(first.width, first.height, rgba, 4, 0);
}

/**
 * Decodes JPEG, PNG, BMP or TIFF bytes into 8-bit RGB. The header is checked against `limits`
 * before decoding, so oversized images are refused without allocating their pixel buffers.
 */
export function decodeImage(bytes: Uint8Array, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): RgbImage {
  const header = readImageHeader(bytes);
  checkSize(header.format, header.width, header.height, limits);
  let img: RgbImage;
  try {
    img =
      header.format === 'jpeg'
        ? jpeg(bytes, limits)
        : header.format === 'png'
          ? png(bytes)
          : header.format === 'bmp'
            ? decodeBmp(bytes)
            : tiff(bytes);
  } catch (e) {
    if (e instanceof VisionError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new VisionError('corrupt-image', `The ${header.format} image could not be decoded: ${detail}`, { format: header.format, detail });
  }
  // the decoded size must agree with the header we validated, otherwise the file lied about itself
  if (img.width !== header.width || img.height !== header.height) {
    throw new VisionError('corrupt-image', 'The image size in the file header does not match its pixel data.', { format: header.format });
  }
  return img;
}
