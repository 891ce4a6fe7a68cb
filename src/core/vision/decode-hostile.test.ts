import { crc32, deflateSync } from 'node:zlib';
import * as UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './decode';
import { VisionError } from './errors';
import { cleanTexture } from './test-support';

function outcome(bytes: Uint8Array): string {
  try {
    const img = decodeImage(bytes);
    return `decoded ${img.width}x${img.height}`;
  } catch (e) {
    return e instanceof VisionError ? e.code : `untyped: ${String(e)}`;
  }
}

/** A valid 32×32 RGBA TIFF as utif2 writes it (big-endian "MM", first directory at byte 8). */
function tiff(): { bytes: Uint8Array; view: DataView; entries: number; next: number } {
  const img = cleanTexture(32, 5);
  const rgba = new Uint8Array(32 * 32 * 4).map((_, i) => (i % 4 === 3 ? 255 : (img.data[Math.floor(i / 4) * 3 + (i % 4)] ?? 0)));
  const bytes = new Uint8Array(UTIF.encodeImage(rgba, 32, 32));
  const view = new DataView(bytes.buffer);
  const entries = view.getUint16(8);
  return { bytes, view, entries, next: 8 + 2 + entries * 12 };
}

function entryOf(t: ReturnType<typeof tiff>, tag: number): number {
  for (let k = 0; k < t.entries; k++) if (t.view.getUint16(10 + k * 12) === tag) return 10 + k * 12;
  throw new Error(`no tag ${tag}`);
}

describe('hostile TIFF files fail fast with a translated error', () => {
  it('decodes the untouched file (control)', () => {
    expect(outcome(tiff().bytes)).toBe('decoded 32x32');
  });

  it('refuses a directory chain that loops back on itself, at the first repeated directory', () => {
    const self = tiff();
    self.view.setUint32(self.next, 8);
    expect(outcome(self.bytes)).toBe('vision.corrupt-image');
    // the structure check names the loop (utif2 alone would follow it for ever)
    expect(() => decodeImage(self.bytes)).toThrow(/loop back on themselves/);
  });

  it('refuses a chain longer than the directory limit', () => {
    // 100 empty directories, each pointing at the next, after the real one
    const t = tiff();
    const chain = new Uint8Array(t.bytes.length + 100 * 6);
    chain.set(t.bytes);
    const view = new DataView(chain.buffer);
    view.setUint32(t.next, t.bytes.length);
    for (let i = 0; i < 100; i++) {
      const at = t.bytes.length + i * 6;
      view.setUint16(at, 0);
      view.setUint32(at + 2, i === 99 ? 0 : at + 6);
    }
    expect(outcome(chain)).toBe('vision.corrupt-image');
  });

  it('refuses a field declaring four billion values instead of looping over them', () => {
    const t = tiff();
    t.view.setUint32(entryOf(t, 258) + 4, 0xffffffff);
    expect(outcome(t.bytes)).toBe('vision.corrupt-image');
    // refused by the field's size against the file, before any value is read
    expect(() => decodeImage(t.bytes)).toThrow(/points outside the file/);
  });

  it('ignores a sub-directory pointer aimed at its own directory (utif2 would recurse for ever)', () => {
    const t = tiff();
    // the last entry (a tag the decoder does not need) becomes a SubIFDs (330) pointer back at byte 8
    const last = 10 + (t.entries - 1) * 12;
    expect(t.view.getUint16(last)).toBe(338); // ExtraSamples: alpha, which the RGB decode drops anyway
    t.view.setUint16(last, 330);
    t.view.setUint16(last + 2, 4);
    t.view.setUint32(last + 4, 1);
    t.view.setUint32(last + 8, 8);
    expect(outcome(t.bytes)).toBe('decoded 32x32');
  });

  it('refuses 64 bits per sample as unsupported rather than allocating for it', () => {
    const t = tiff();
    const bps = entryOf(t, 258);
    const values = t.view.getUint32(bps + 8);
    for (let s = 0; s < 4; s++) t.view.setUint16(values + s * 2, 64);
    expect(outcome(t.bytes)).toBe('vision.unsupported-format');
  });
});

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)) >>> 0);
  return out;
}

/** A 16×16 8-bit grey PNG whose IDAT inflates to `rawBytes` (the image needs 16 × 17 = 272). */
function greyPng(rawBytes: number, extra: Uint8Array[] = []): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 16);
  view.setUint32(4, 16);
  header[8] = 8;
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...extra,
    pngChunk('IDAT', deflateSync(new Uint8Array(rawBytes), { level: 9 })),
    pngChunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

describe('hostile PNG files are refused before they inflate', () => {
  it('decodes the exact-size file (control)', () => {
    expect(outcome(greyPng(16 * 17))).toBe('decoded 16x16');
  });

  it('refuses 200 KB of image data that inflates to 200 MB while inflating it, not after', () => {
    // fast-png alone took 3.9 s and 680 MB of memory for this file, and then accepted it. The streamed
    // count refuses it at the header's limit (one 16 MB slice at most); how fast that is, is the bench's
    // business, not a timed test's (this one failed at 1 s on a loaded machine).
    const bomb = greyPng(200 * 2 ** 20);
    expect(bomb.length).toBeLessThan(250_000);
    expect(outcome(bomb)).toBe('vision.corrupt-image');
    expect(() => decodeImage(bomb)).toThrow(/inflates to more than its header allows/);
  });

  it('ignores a colour-profile chunk that would inflate to 100 MB', () => {
    const profile = new Uint8Array([...new TextEncoder().encode('icc'), 0, 0, ...deflateSync(new Uint8Array(100 * 2 ** 20), { level: 9 })]);
    expect(outcome(greyPng(16 * 17, [pngChunk('iCCP', profile)]))).toBe('decoded 16x16');
  });
});
