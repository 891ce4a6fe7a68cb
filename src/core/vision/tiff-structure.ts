import { VisionError } from './errors';

/**
 * Walks a TIFF's directory chain before any decoder sees it. A hostile file can make the chain loop
 * back on itself (utif2 would follow it for ever, hanging the inspection worker), declare billions of
 * values for a tag (utif2 loops over each), or point sub-directories at each other. Here every offset
 * is bounds-checked, the chain is followed at most MAX_DIRECTORIES steps with a cycle check, and the
 * first directory — the only image the app reads — is described for the pixel and byte limits.
 */
export const MAX_DIRECTORIES = 64;
const MAX_ENTRIES = 1024;
/** Bytes per value of TIFF field types 1-13; 0 = unknown type. */
const TYPE_BYTES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/** Tags whose values point at further directories (SubIFDs, EXIF, GPS, DNG private, Fuji, MakerNote). */
const POINTER_TAGS = new Set([330, 34665, 34853, 50740, 61440, 37500]);
/** A private tag number no decoder interprets; pointer tags are renamed to it in the decoder's copy. */
const INERT_TAG = 65000;

export interface TiffDirectory {
  readonly width: number;
  readonly height: number;
  readonly bitsPerSample: number;
  readonly samplesPerPixel: number;
}

function corrupt(message: string): VisionError {
  return new VisionError('corrupt-image', message, { format: 'tiff' });
}

function truncated(): VisionError {
  return new VisionError('truncated-image', 'The TIFF file ends inside its image directory.', { format: 'tiff' });
}

interface Reader {
  readonly view: DataView;
  readonly le: boolean;
  readonly length: number;
}

function readerOf(bytes: Uint8Array): Reader {
  if (bytes.length < 8) throw truncated();
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), le: bytes[0] === 0x49, length: bytes.length };
}

function entryCount(r: Reader, offset: number): number {
  if (offset + 2 > r.length) throw truncated();
  const count = r.view.getUint16(offset, r.le);
  if (count > MAX_ENTRIES) throw corrupt(`A TIFF directory declares ${count} entries.`);
  if (offset + 2 + count * 12 + 4 > r.length) throw truncated();
  return count;
}

/** The first value of an entry (SHORT or LONG), which is all the size fields need. */
function firstValue(r: Reader, entry: number): number {
  const type = r.view.getUint16(entry + 2, r.le);
  return type === 3 ? r.view.getUint16(entry + 8, r.le) : r.view.getUint32(entry + 8, r.le);
}

function checkEntryBounds(r: Reader, entry: number): void {
  const type = r.view.getUint16(entry + 2, r.le);
  const count = r.view.getUint32(entry + 4, r.le);
  const size = (TYPE_BYTES[type] ?? 0) * count;
  if (size <= 4) return;
  const offset = r.view.getUint32(entry + 8, r.le);
  if (offset + size > r.length) throw corrupt('A TIFF field points outside the file.');
}

/** Follows the main chain: at most MAX_DIRECTORIES, never the same offset twice. */
function checkChain(r: Reader, first: number): void {
  const seen = new Set<number>();
  let offset = first;
  while (offset !== 0) {
    if (seen.has(offset)) throw corrupt('The TIFF image directories loop back on themselves.');
    if (seen.size >= MAX_DIRECTORIES) throw corrupt(`The TIFF file holds more than ${MAX_DIRECTORIES} image directories.`);
    seen.add(offset);
    const count = entryCount(r, offset);
    offset = r.view.getUint32(offset + 2 + count * 12, r.le);
  }
}

/** Reads and checks the structure; returns the first directory's description. */
export function readTiffStructure(bytes: Uint8Array): TiffDirectory {
  const r = readerOf(bytes);
  const first = r.view.getUint32(4, r.le);
  if (first === 0) throw corrupt('The TIFF file holds no image.');
  checkChain(r, first);
  const count = entryCount(r, first);
  let width = 0;
  let height = 0;
  let bitsPerSample = 1;
  let samplesPerPixel = 1;
  for (let k = 0; k < count; k++) {
    const entry = first + 2 + k * 12;
    checkEntryBounds(r, entry);
    const tag = r.view.getUint16(entry, r.le);
    if (tag === 256) width = firstValue(r, entry);
    else if (tag === 257) height = firstValue(r, entry);
    else if (tag === 258)
      bitsPerSample =
        r.view.getUint32(entry + 4, r.le) > 2 ? r.view.getUint16(r.view.getUint32(entry + 8, r.le), r.le) : firstValue(r, entry);
    else if (tag === 277) samplesPerPixel = firstValue(r, entry);
  }
  return { width, height, bitsPerSample, samplesPerPixel };
}

/**
 * A copy the decoder can read safely: only the first directory (its next pointer cleared) and no
 * pointers to sub-directories, so utif2 has nothing to follow. Call after readTiffStructure.
 */
export function firstDirectoryOnly(bytes: Uint8Array): ArrayBuffer {
  const copy = bytes.slice();
  const r = readerOf(copy);
  const first = r.view.getUint32(4, r.le);
  const count = entryCount(r, first);
  for (let k = 0; k < count; k++) {
    const entry = first + 2 + k * 12;
    if (POINTER_TAGS.has(r.view.getUint16(entry, r.le))) r.view.setUint16(entry, INERT_TAG, r.le);
  }
  r.view.setUint32(first + 2 + count * 12, 0, r.le);
  return copy.buffer;
}
