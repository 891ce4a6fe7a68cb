/** Byte helpers on web-standard APIs only (present in Chromium and Node ≥ 18), so no dependency is needed. */

const alphabet = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 0x3d; // "="

interface NativeBase64 {
  toBase64?: () => string;
}
interface NativeBase64Constructor {
  fromBase64?: (text: string) => Uint8Array;
}

function symbol(index: number): number {
  return alphabet[index & 63] ?? PAD;
}

/**
 * Base64 of binary rows (thumbnails, models) is most of a backup's size and time, so this avoids the
 * slow btoa(String.fromCharCode(…)) route: the native method where the runtime has it (Chromium ≥ 140),
 * else a table-driven encoder writing ASCII bytes that one TextDecoder call turns into the string.
 */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = symbol(n >> 18);
    out[o++] = symbol(n >> 12);
    out[o++] = symbol(n >> 6);
    out[o++] = symbol(n);
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out[o++] = symbol(n >> 18);
    out[o++] = symbol(n >> 12);
    out[o++] = rest === 2 ? symbol(n >> 6) : PAD;
    out[o] = PAD;
  }
  return new TextDecoder().decode(out);
}

/** Throws on anything that is not base64 (the caller reports it as corruption). */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as NativeBase64Constructor).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Copies into a fresh ArrayBuffer-backed array: web APIs reject views on SharedArrayBuffer. */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', own(bytes)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A byte transform (CompressionStream, DecompressionStream), typed without the DOM library so core compiles for Node too. */
type ByteTransform = {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<ArrayBufferView<ArrayBuffer> | ArrayBuffer>;
};

async function transform(bytes: Uint8Array, stream: ByteTransform): Promise<Uint8Array> {
  const output = new Blob([own(bytes)]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/**
 * gzip through the platform's CompressionStream: native in Chromium and Node, so backups need no
 * compression library in the bundle, and any gzip tool can inspect the payload.
 */
export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return transform(bytes, new CompressionStream('gzip'));
}

/** Thrown by gunzip when the output would pass `maxBytes`: a gzip bomb stops there, not at the memory limit. */
export class OutputLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`decompressed output passes ${maxBytes} bytes`);
    this.name = 'OutputLimitError';
  }
}

export async function gunzip(bytes: Uint8Array, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const reader = new Blob([own(bytes)]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatBytes(parts);
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new OutputLimitError(maxBytes);
    }
    parts.push(value);
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
