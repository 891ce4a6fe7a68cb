import { int, pick, type Random } from './random';

/** A byte-level mutation of a valid file; `others` are the other seed files (for splicing). */
export type ByteMutator = (bytes: Uint8Array, rnd: Random, others: readonly Uint8Array[]) => Uint8Array;

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x22, 0x5b, 0x7b, 0x2c];
const INTERESTING_U32 = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0xffff, 0x10000, 8, 65536 * 3];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

function range(bytes: Uint8Array, rnd: Random): [number, number] {
  const start = int(rnd, bytes.length + 1);
  return [start, Math.min(bytes.length, start + 1 + int(rnd, Math.max(1, Math.min(4096, bytes.length >> 2))))];
}

export const byteMutators: Readonly<Record<string, ByteMutator>> = {
  flipBits: (bytes, rnd) => {
    const out = bytes.slice();
    for (let n = 1 + int(rnd, 8); n > 0 && out.length > 0; n--) {
      const at = int(rnd, out.length);
      out[at] = (out[at] ?? 0) ^ (1 << int(rnd, 8));
    }
    return out;
  },
  interestingByte: (bytes, rnd) => {
    const out = bytes.slice();
    for (let n = 1 + int(rnd, 4); n > 0 && out.length > 0; n--) out[int(rnd, out.length)] = pick(rnd, INTERESTING_BYTES);
    return out;
  },
  interestingWord: (bytes, rnd) => {
    const out = bytes.slice();
    if (out.length >= 4) new DataView(out.buffer).setUint32(int(rnd, out.length - 3), pick(rnd, INTERESTING_U32), rnd() < 0.5);
    return out;
  },
  truncate: (bytes, rnd) => bytes.slice(0, int(rnd, bytes.length)),
  deleteRange: (bytes, rnd) => {
    const [start, end] = range(bytes, rnd);
    return concat(bytes.subarray(0, start), bytes.subarray(end));
  },
  duplicateRange: (bytes, rnd) => {
    const [start, end] = range(bytes, rnd);
    const at = int(rnd, bytes.length + 1);
    return concat(bytes.subarray(0, at), bytes.subarray(start, end), bytes.subarray(at));
  },
  insertRandom: (bytes, rnd) => {
    const at = int(rnd, bytes.length + 1);
    const noise = new Uint8Array(1 + int(rnd, 64)).map(() => int(rnd, 256));
    return concat(bytes.subarray(0, at), noise, bytes.subarray(at));
  },
  spliceOther: (bytes, rnd, others) => {
    const other = pick(rnd, others);
    return concat(bytes.subarray(0, int(rnd, bytes.length + 1)), other.subarray(int(rnd, other.length + 1)));
  },
  /** A valid start followed by a few MB of one repeated byte: a size bomb behind a good header. */
  padBomb: (bytes, rnd) =>
    concat(
      bytes.subarray(0, Math.min(bytes.length, 64 + int(rnd, 512))),
      new Uint8Array((1 + int(rnd, 4)) << 20).fill(pick(rnd, INTERESTING_BYTES)),
    ),
  empty: () => new Uint8Array(0),
};
