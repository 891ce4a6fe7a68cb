import { encode as encodePng } from 'fast-png';
import * as UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './decode';
import { VisionError } from './errors';
import { cleanTexture, toBmp, toJpeg, toPng } from './test-support';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof VisionError) return e.code;
    return `untyped: ${String(e)}`;
  }
  return 'no error';
}

describe('decodeImage', () => {
  const img = cleanTexture(48, 3);

  it('decodes PNG, BMP and TIFF exactly and JPEG closely, whatever the container', () => {
    for (const bytes of [toPng(img), toBmp(img), new Uint8Array(UTIF.encodeImage(rgba(img), img.width, img.height))]) {
      const out = decodeImage(bytes);
      expect([out.width, out.height]).toEqual([48, 48]);
      expect(Array.from(out.data)).toEqual(Array.from(img.data));
    }
    const jpeg = decodeImage(toJpeg(img, 95));
    const err = jpeg.data.reduce((s, v, i) => s + Math.abs(v - (img.data[i] ?? 0)), 0) / jpeg.data.length;
    expect(err).toBeLessThan(4);
  });

  it('reads grayscale and 16-bit PNGs as 8-bit RGB', () => {
    const grey = new Uint16Array(32 * 20).map((_, i) => i * 100);
    const out = decodeImage(encodePng({ width: 32, height: 20, data: grey, channels: 1, depth: 16 }));
    expect([out.width, out.height]).toEqual([32, 20]);
    expect([out.data[30], out.data[31], out.data[32]]).toEqual([(10 * 100) >> 8, (10 * 100) >> 8, (10 * 100) >> 8]);
  });

  it('gives every kind of bad file its own error code instead of crashing', () => {
    const png = toPng(img);
    const jpeg = toJpeg(img);
    expect(codeOf(() => decodeImage(new Uint8Array(0)))).toBe('vision.empty-file');
    expect(codeOf(() => decodeImage(new TextEncoder().encode('name,label\nthis is a csv file\n')))).toBe('vision.not-an-image');
    expect(codeOf(() => decodeImage(png.subarray(0, 20)))).toBe('vision.truncated-image');
    expect(codeOf(() => decodeImage(png.subarray(0, png.length - 40)))).toBe('vision.truncated-image');
    expect(codeOf(() => decodeImage(jpeg.subarray(0, Math.floor(jpeg.length / 2))))).toBe('vision.truncated-image');
    const garbled = jpeg.slice();
    garbled.fill(0x00, 2, 200);
    expect(codeOf(() => decodeImage(garbled))).toBe('vision.corrupt-image');
    expect(codeOf(() => decodeImage(toPng(cleanTexture(1, 1))))).toBe('vision.image-too-small');
  });

  it('refuses a 50-megapixel image from its header alone, before allocating pixels', () => {
    // a real PNG header claiming 10000×5000 followed by no pixel data: decoding would fail, so a
    // 'too large' answer proves the size was checked first
    const header = toPng(cleanTexture(16, 1)).slice(0, 33);
    const v = new DataView(header.buffer);
    v.setUint32(16, 10000);
    v.setUint32(20, 5000);
    expect(codeOf(() => decodeImage(header))).toBe('vision.image-too-large');
    const bmp = toBmp(cleanTexture(16, 1)).slice(0, 54);
    new DataView(bmp.buffer).setInt32(18, 10000, true);
    new DataView(bmp.buffer).setInt32(22, 5000, true);
    expect(codeOf(() => decodeImage(bmp))).toBe('vision.image-too-large');
  });
});

function rgba(img: { width: number; height: number; data: Uint8Array }): Uint8Array {
  const out = new Uint8Array(img.width * img.height * 4);
  for (let i = 0; i < img.width * img.height; i++)
    out.set([img.data[i * 3] ?? 0, img.data[i * 3 + 1] ?? 0, img.data[i * 3 + 2] ?? 0, 255], i * 4);
  return out;
}
