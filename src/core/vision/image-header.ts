import { VisionError } from './errors';
import type { ImageFormat } from './image';
import { readTiffStructure } from './tiff-structure';

export interface ImageHeader {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
}

/** Identifies the container from its magic bytes; the file name is never trusted. */
export function sniffFormat(bytes: Uint8Array): ImageFormat {
  if (bytes.length === 0) throw new VisionError('empty-file', 'The file is empty (0 bytes).');
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8) return 'jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'png';
  if (b(0) === 0x42 && b(1) === 0x4d) return 'bmp';
  if ((b(0) === 0x49 && b(1) === 0x49 && b(2) === 0x2a && b(3) === 0) || (b(0) === 0x4d && b(1) === 0x4d && b(2) === 0 && b(3) === 0x2a)) {
    return 'tiff';
  }
  if (bytes.length < 8) throw new VisionError('truncated-image', 'The file is too short to be an image.');
  throw new VisionError('not-an-image', 'The file is not a JPEG, PNG, BMP or TIFF image.');
}

function truncated(format: ImageFormat): VisionError {
  return new VisionError('truncated-image', `The ${format} file ends before its header is complete.`, { format });
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) throw new VisionError('corrupt-image', 'The JPEG header is damaged.', { format: 'jpeg' });
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const len = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC) carry the frame size
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > bytes.length) break;
      const height = ((bytes[i + 5] ?? 0) << 8) | (bytes[i + 6] ?? 0);
      const width = ((bytes[i + 7] ?? 0) << 8) | (bytes[i + 8] ?? 0);
      return { width, height };
    }
    if (marker === 0xd9 || marker === 0xda) break;
    i += 2 + len;
  }
  throw truncated('jpeg');
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24) throw truncated('png');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

function bmpSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 26) throw truncated('bmp');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: Math.abs(v.getInt32(18, true)), height: Math.abs(v.getInt32(22, true)) };
}

function tiffSize(bytes: Uint8Array): { width: number; height: number } {
  const { width, height } = readTiffStructure(bytes);
  return { width, height };
}

/** Reads only the header: dimensions are known before a single pixel buffer is allocated. */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  const format = sniffFormat(bytes);
  const size =
    format === 'jpeg' ? jpegSize(bytes) : format === 'png' ? pngSize(bytes) : format === 'bmp' ? bmpSize(bytes) : tiffSize(bytes);
  return { format, ...size };
}
