import { concatBytes, gzip, sha256Hex } from './bytes';
import { BACKUP_MAGIC } from './format';

const encoder = new TextEncoder();

/** Builds a file in the backup layout from raw parts, so tests can craft every kind of damage. */
export async function craftBackupFile(header: Record<string, unknown>, payload: Uint8Array): Promise<Uint8Array> {
  const completeHeader = {
    format: 1,
    app: 'gongzhi',
    appVersion: '0.1.0',
    createdAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: 1,
    tables: [],
    payload: { compression: 'gzip', bytes: payload.length, sha256: await sha256Hex(payload) },
    ...header,
  };
  return concatBytes([encoder.encode(`${BACKUP_MAGIC}\n${JSON.stringify(completeHeader)}\n`), payload]);
}

export function gzipText(text: string): Promise<Uint8Array> {
  return gzip(encoder.encode(text));
}

/**
 * Replaces Blobs by their type and bytes: test matchers see no own properties on a Blob, so comparing
 * two Blobs directly would pass whatever their content.
 */
export async function materialiseBlobs(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blobType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
  if (Array.isArray(value)) return Promise.all(value.map(materialiseBlobs));
  if (value instanceof Map) return new Map((await materialiseBlobs([...value.entries()])) as [unknown, unknown][]);
  if (value instanceof Set) return new Set((await materialiseBlobs([...value])) as unknown[]);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = await Promise.all(Object.entries(value).map(async ([key, field]) => [key, await materialiseBlobs(field)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}
