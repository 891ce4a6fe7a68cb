import { Unzlib } from 'fflate';
import { VisionError } from './errors';

/**
 * Checks a PNG's chunks before fast-png decodes it. A few hundred kilobytes of compressed zeros in an
 * IDAT (or an iCCP profile) inflate to gigabytes, which fast-png would allocate in full for a 16×16
 * image: here the image data is inflated as a stream, counting, and refused as soon as it passes what
 * the header's size allows. Only the chunks the pixels need reach the decoder (no colour profile,
 * text or animation chunks, which could hide further compressed bombs).
 */
const SIGNATURE_BYTES = 8;
const KEPT_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
const INFLATE_SLICE = 16_384;
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function corrupt(message: string): VisionError {
  return new VisionError('corrupt-image', message, { format: 'png' });
}

interface Chunk {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

function chunksOf(bytes: Uint8Array): Chunk[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let at = SIGNATURE_BYTES;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) throw new VisionError('truncated-image', 'The PNG file ends inside a chunk.', { format: 'png' });
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    chunks.push({ type, start: at, end });
    at = end;
    if (type === 'IEND') return chunks;
  }
  throw new VisionError('truncated-image', 'The PNG file has no end chunk.', { format: 'png' });
}

/** Largest inflated size the header allows: filter byte + packed samples per row, Adam7 passes included. */
function maxInflatedBytes(bytes: Uint8Array, header: Chunk): number {
  if (header.type !== 'IHDR' || header.end - header.start !== 25) throw corrupt('The PNG file does not start with its header chunk.');
  const view = new DataView(bytes.buffer, bytes.byteOffset + header.start + 8, 13);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const depth = view.getUint8(8);
  const channels = CHANNELS[view.getUint8(9)];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(depth)) throw corrupt('The PNG header has an invalid colour type or bit depth.');
  const rowBytes = Math.ceil((width * channels * depth) / 8);
  // Adam7 adds at most one filter byte and one partly filled byte per row of each of its 7 passes.
  return height * (1 + rowBytes) + 14 * (height + 8);
}

function checkInflatedSize(bytes: Uint8Array, data: readonly Chunk[], limit: number): void {
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > limit) throw corrupt('The PNG image data inflates to more than its header allows.');
  });
  try {
    // In slices: fflate inflates each push in full before reporting, and one slice inflates to at most ~16 MB.
    data.forEach((chunk, index) => {
      const body = bytes.subarray(chunk.start + 8, chunk.end - 4);
      for (let at = 0; at < body.length; at += INFLATE_SLICE) {
        inflater.push(body.subarray(at, at + INFLATE_SLICE), index === data.length - 1 && at + INFLATE_SLICE >= body.length);
      }
      if (body.length === 0 && index === data.length - 1) inflater.push(body, true);
    });
  } catch (error) {
    if (error instanceof VisionError) throw error;
    throw corrupt('The PNG image data cannot be decompressed.');
  }
}

/** The PNG reduced to the chunks its pixels need, after the structure and inflated size were checked. */
export function checkedPng(bytes: Uint8Array): Uint8Array {
  const chunks = chunksOf(bytes);
  const header = chunks[0];
  if (!header) throw corrupt('The PNG file holds no chunks.');
  const data = chunks.filter((chunk) => chunk.type === 'IDAT');
  if (data.length === 0) throw corrupt('The PNG file holds no image data.');
  checkInflatedSize(bytes, data, maxInflatedBytes(bytes, header));
  const kept = chunks.filter((chunk) => KEPT_CHUNKS.has(chunk.type));
  const out = new Uint8Array(SIGNATURE_BYTES + kept.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0));
  out.set(bytes.subarray(0, SIGNATURE_BYTES));
  let at = SIGNATURE_BYTES;
  for (const chunk of kept) {
    out.set(bytes.subarray(chunk.start, chunk.end), at);
    at += chunk.end - chunk.start;
  }
  return out;
}
