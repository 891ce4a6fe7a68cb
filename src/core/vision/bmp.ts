import { VisionError } from './errors';
import type { RgbImage } from './image';

// Own BMP reader: bmp-js needs Node's Buffer, and this module must run in the browser too.
// Supports what cameras and image tools write: uncompressed 1/4/8-bit palette, 16/24/32-bit,
// and BI_BITFIELDS masks. RLE-compressed BMPs are reported as unsupported.
export function decodeBmp(bytes: Uint8Array): RgbImage {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 54) throw new VisionError('truncated-image', 'The BMP file ends inside its header.', { format: 'bmp' });
  const offset = v.getUint32(10, true);
  const headerSize = v.getUint32(14, true);
  const width = v.getInt32(18, true);
  const rawHeight = v.getInt32(22, true);
  const bpp = v.getUint16(28, true);
  const compression = v.getUint32(30, true);
  const height = Math.abs(rawHeight);
  const bottomUp = rawHeight > 0;
  if (width <= 0 || height === 0) throw new VisionError('corrupt-image', 'The BMP header has an invalid size.', { format: 'bmp' });
  if (compression !== 0 && compression !== 3) {
    throw new VisionError('unsupported-format', 'Compressed (RLE) BMP files are not supported.', { format: 'bmp' });
  }
  let masks: [number, number, number] = bpp === 16 ? [0x7c00, 0x03e0, 0x001f] : [0xff0000, 0xff00, 0xff];
  if (compression === 3) {
    if (bytes.length < 14 + headerSize + 12 && headerSize < 52) {
      throw new VisionError('truncated-image', 'The BMP file ends inside its header.', { format: 'bmp' });
    }
    const m = headerSize >= 52 ? 54 : 14 + headerSize;
    masks = [v.getUint32(m, true), v.getUint32(m + 4, true), v.getUint32(m + 8, true)];
  }
  const paletteStart = 14 + headerSize;
  const stride = Math.floor((bpp * width + 31) / 32) * 4;
  if (offset + stride * height > bytes.length) {
    throw new VisionError('truncated-image', 'The BMP pixel data is incomplete.', { format: 'bmp' });
  }
  const out = new Uint8Array(width * height * 3);
  const palette = (idx: number, o: number): void => {
    const p = paletteStart + idx * 4;
    out[o] = bytes[p + 2] ?? 0;
    out[o + 1] = bytes[p + 1] ?? 0;
    out[o + 2] = bytes[p] ?? 0;
  };
  const field = (px: number, mask: number): number => {
    if (mask === 0) return 0;
    const shift = 31 - Math.clz32(mask & -mask);
    const max = mask >>> shift;
    return Math.round((((px & mask) >>> shift) * 255) / max);
  };
  for (let y = 0; y < height; y++) {
    const row = offset + (bottomUp ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      if (bpp === 24 || (bpp === 32 && compression === 0)) {
        const p = row + x * (bpp / 8);
        out[o] = bytes[p + 2] ?? 0;
        out[o + 1] = bytes[p + 1] ?? 0;
        out[o + 2] = bytes[p] ?? 0;
      } else if (bpp === 16 || bpp === 32) {
        const px = bpp === 16 ? v.getUint16(row + x * 2, true) : v.getUint32(row + x * 4, true);
        out[o] = field(px, masks[0]);
        out[o + 1] = field(px, masks[1]);
        out[o + 2] = field(px, masks[2]);
      } else if (bpp === 8) {
        palette(bytes[row + x] ?? 0, o);
      } else if (bpp === 4) {
        const byte = bytes[row + (x >> 1)] ?? 0;
        palette(x & 1 ? byte & 0x0f : byte >> 4, o);
      } else if (bpp === 1) {
        const byte = bytes[row + (x >> 3)] ?? 0;
        palette((byte >> (7 - (x & 7))) & 1, o);
      } else {
        throw new VisionError('unsupported-format', `BMP with ${bpp} bits per pixel is not supported.`, { format: 'bmp' });
      }
    }
  }
  return { width, height, data: out };
}
