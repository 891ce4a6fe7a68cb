import { fromBase64, toBase64 } from './bytes';
import { BackupError, corrupt } from './errors';

/**
 * Turns stored rows into JSON and back without losing what IndexedDB can hold and JSON cannot:
 * binary data (Blob, ArrayBuffer, typed arrays — thumbnails and fitted models), Dates, Maps, Sets,
 * bigints, undefined, NaN/±Infinity/-0. Such values become `{ "$gz": tag, … }`; a stored plain object
 * that itself has a `$gz` key is wrapped as `{ "$gz": "object", "v": … }` so it cannot be mistaken for one.
 * A File keeps its bytes and type but comes back as a Blob (IndexedDB rows should not rely on file names).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TAG = '$gz';

const typedArrays = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type TypedArrayName = keyof typeof typedArrays;

/** By instanceof rather than constructor name, so subclasses such as Node's Buffer count as their base. */
function typedArrayName(view: ArrayBufferView): TypedArrayName | undefined {
  return (Object.keys(typedArrays) as TypedArrayName[]).find((name) => view instanceof typedArrays[name]);
}

function isTypedArrayName(name: string): name is TypedArrayName {
  return Object.hasOwn(typedArrays, name);
}

function viewBytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function encodeNumber(value: number): Json {
  if (Number.isFinite(value) && !Object.is(value, -0)) return value;
  return { [TAG]: 'number', v: String(value === 0 ? '-0' : value) };
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

async function encodeObject(value: object, path: string): Promise<Json> {
  if (Array.isArray(value)) {
    const items: Json[] = [];
    for (let index = 0; index < value.length; index++) items.push(await encodeValue(value[index], `${path}[${index}]`));
    return items;
  }
  if (value instanceof Date) return { [TAG]: 'date', v: encodeNumber(value.getTime()) };
  if (value instanceof Blob) return { [TAG]: 'blob', type: value.type, v: toBase64(new Uint8Array(await value.arrayBuffer())) };
  if (value instanceof ArrayBuffer) return { [TAG]: 'arraybuffer', v: toBase64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    const name = typedArrayName(value);
    if (!name) throw new BackupError('backup.unsupportedValue', { path });
    return { [TAG]: 'typed', t: name, v: toBase64(viewBytes(value)) };
  }
  if (value instanceof Map) {
    return { [TAG]: 'map', v: await encodeValue([...value.entries()], path) };
  }
  if (value instanceof Set) return { [TAG]: 'set', v: await encodeValue([...value], path) };
  if (!isPlainObject(value)) throw new BackupError('backup.unsupportedValue', { path });
  const entries: [string, Json][] = [];
  for (const [key, field] of Object.entries(value)) entries.push([key, await encodeValue(field, `${path}.${key}`)]);
  // fromEntries defines own properties, so a stored "__proto__" key stays data (plain assignment would not).
  const fields = Object.fromEntries(entries);
  return Object.hasOwn(value, TAG) ? { [TAG]: 'object', v: fields } : fields;
}

/** `path` names the value in errors (e.g. "companies[3].logo") so a failed export says what it choked on. */
export async function encodeValue(value: unknown, path: string): Promise<Json> {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return encodeNumber(value);
    case 'undefined':
      return { [TAG]: 'undefined' };
    case 'bigint':
      return { [TAG]: 'bigint', v: value.toString() };
    case 'object':
      return value === null ? null : encodeObject(value, path);
    default:
      throw new BackupError('backup.unsupportedValue', { path });
  }
}

function decodeNumber(json: Json | undefined): number {
  if (typeof json === 'number') return json;
  if (json !== null && typeof json === 'object' && !Array.isArray(json) && json[TAG] === 'number') {
    const text = json.v;
    if (text === '-0') return -0;
    if (text === 'NaN' || text === 'Infinity' || text === '-Infinity') return Number(text);
  }
  throw corrupt('encoding');
}

function decodeString(json: Json | undefined): string {
  if (typeof json !== 'string') throw corrupt('encoding');
  return json;
}

/** BigInt() throws a SyntaxError on "1.5" or "not-a-number"; only what encodeValue writes is accepted. */
function decodeBigInt(json: Json | undefined): bigint {
  const text = decodeString(json);
  if (!/^-?\d{1,4096}$/.test(text)) throw corrupt('encoding');
  return BigInt(text);
}

function decodeBytes(json: Json | undefined): Uint8Array {
  try {
    return fromBase64(decodeString(json));
  } catch (error) {
    throw corrupt('encoding', error);
  }
}

function decodeArray(json: Json | undefined, depth: number): unknown[] {
  if (!Array.isArray(json)) throw corrupt('encoding');
  return json.map((item) => decodeValue(item, depth + 1));
}

function decodeTagged(tag: Json | undefined, json: { [key: string]: Json }, depth: number): unknown {
  switch (tag) {
    case 'number':
      return decodeNumber(json);
    case 'undefined':
      return undefined;
    case 'bigint':
      return decodeBigInt(json.v);
    case 'date':
      return new Date(decodeNumber(json.v));
    case 'blob':
      return new Blob([decodeBytes(json.v).slice().buffer], { type: decodeString(json.type) });
    case 'arraybuffer':
      return decodeBytes(json.v).slice().buffer;
    case 'typed': {
      const name = decodeString(json.t);
      if (!isTypedArrayName(name)) throw corrupt('encoding');
      const bytes = decodeBytes(json.v).slice();
      const Constructor = typedArrays[name];
      if (bytes.byteLength % Constructor.BYTES_PER_ELEMENT !== 0) throw corrupt('encoding');
      return new Constructor(bytes.buffer, 0, bytes.byteLength / Constructor.BYTES_PER_ELEMENT);
    }
    case 'map':
      return new Map(
        decodeArray(json.v, depth).map((entry) => {
          if (!Array.isArray(entry) || entry.length !== 2) throw corrupt('encoding');
          return [entry[0], entry[1]] as const;
        }),
      );
    case 'set':
      return new Set(decodeArray(json.v, depth));
    case 'object': {
      const inner = json.v;
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) throw corrupt('encoding');
      return decodeFields(inner, depth);
    }
    default:
      throw corrupt('encoding');
  }
}

function decodeFields(json: { [key: string]: Json }, depth: number): Record<string, unknown> {
  // fromEntries, like encodeObject, so a stored "__proto__" key stays data.
  return Object.fromEntries(Object.entries(json).map(([key, field]) => [key, decodeValue(field, depth + 1)]));
}

/**
 * Deeper than any row the app stores (a few levels) by a wide margin; the limit keeps a hostile file's
 * 20,000-deep nesting from overflowing the call stack (an untranslated RangeError).
 */
export const MAX_VALUE_DEPTH = 64;

/** Inverse of encodeValue; throws `backup.corrupt` (detail "encoding" or "nesting") on anything encodeValue never writes. */
export function decodeValue(json: Json, depth = 0): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (depth > MAX_VALUE_DEPTH) throw corrupt('nesting');
  if (Array.isArray(json)) return json.map((item) => decodeValue(item, depth + 1));
  return Object.hasOwn(json, TAG) ? decodeTagged(json[TAG], json, depth) : decodeFields(json, depth);
}
