import { encode as encodePng } from 'fast-png';
import { crc32 } from 'node:zlib';
import * as UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/core/vision/decode';
import { cleanTexture, toBmp, toJpeg, toPng } from '../../src/core/vision/test-support';
import { int, type Random } from './support/random';
import { caseCount, failuresOf, FUZZ_TIMEOUT_MS, runTarget, type FuzzTarget } from './support/run-target';

function rgba(width: number, height: number, seed: number): Uint8Array {
  const rgb = cleanTexture(width, seed, height).data;
  return new Uint8Array(width * height * 4).map((_, i) => (i % 4 === 3 ? 255 : (rgb[Math.floor(i / 4) * 3 + (i % 4)] ?? 0)));
}

/** Flips bytes inside one PNG chunk and writes its CRC again, so the change reaches the decoder. */
function resealedPngChunk(bytes: Uint8Array, rnd: Random): Uint8Array {
  if (bytes[0] !== 0x89) return bytes;
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const chunks: [number, number][] = [];
  for (let at = 8; at + 12 <= out.length;) {
    const length = view.getUint32(at);
    if (at + 12 + length > out.length) break;
    chunks.push([at, length]);
    at += 12 + length;
  }
  const chosen = chunks[int(rnd, chunks.length)];
  if (!chosen) return out;
  const [at, length] = chosen;
  for (let n = 1 + int(rnd, 6); n > 0 && length > 0; n--) out[at + 8 + int(rnd, length)] = int(rnd, 256);
  if (rnd() < 0.3 && length >= 8) view.setUint32(at + 8 + int(rnd, length - 3), [0, 0xffffffff, 0x7fffffff, 65_535][int(rnd, 4)] ?? 0);
  view.setUint32(at + 8 + length, crc32(out.subarray(at + 4, at + 8 + length)) >>> 0);
  return out;
}

/** Rewrites one TIFF directory entry's count or value (the fields a hostile TIFF lies in). */
function tiffEntryLie(bytes: Uint8Array, rnd: Random): Uint8Array {
  if (bytes[0] !== 0x4d && bytes[0] !== 0x49) return bytes;
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const le = out[0] === 0x49;
  const ifd = view.getUint32(4, le);
  if (ifd + 2 > out.length) return out;
  const count = view.getUint16(ifd, le);
  const entry = ifd + 2 + int(rnd, Math.max(1, count)) * 12;
  if (entry + 12 > out.length) return out;
  const lie = [0, 1, 8, ifd, 0xffff, 0x7fffffff, 0xffffffff][int(rnd, 7)] ?? 0;
  if (rnd() < 0.2) view.setUint32(ifd + 2 + count * 12, rnd() < 0.5 ? ifd : 8, le);
  else view.setUint32(entry + (rnd() < 0.5 ? 4 : 8), lie, le);
  return out;
}

const target: FuzzTarget = {
  name: 'images',
  seeds: async () => {
    const small = cleanTexture(40, 7, 24);
    return [
      toPng(small),
      encodePng({ width: 24, height: 20, data: new Uint16Array(24 * 20).map((_, i) => i * 97), channels: 1, depth: 16 }),
      encodePng({ width: 20, height: 20, data: rgba(20, 20, 3), channels: 4, depth: 8 }),
      toJpeg(small, 90),
      toBmp(small),
      new Uint8Array(UTIF.encodeImage(rgba(32, 24, 9), 32, 24)),
    ];
  },
  mutators: { resealedPngChunk, tiffEntryLie },
  run: async (bytes) => {
    decodeImage(bytes);
    return { accepted: true };
  },
};

describe('fuzz: every image format the decoder reads', () => {
  it(
    'answers every mutated JPEG, PNG, BMP and TIFF by decoding it or with a translated error, within budget',
    async () => {
      const stats = await runTarget(target, caseCount(300));
      expect(stats.accepted).toBeGreaterThanOrEqual(6);
      expect(failuresOf(stats)).toEqual({ untranslated: 0, overBudget: 0, partialWrites: 0, problems: [] });
    },
    FUZZ_TIMEOUT_MS,
  );
});
